package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.casework.CaseworkRefused;
import io.ledgerline.platform.web.problem.ProblemException;

/** Turns a refused promise or plan into a 409 problem. */
final class Refusals {

    private Refusals() {
    }

    static void asConflict(Runnable sending) {
        try {
            sending.run();
        } catch (CaseworkRefused e) {
            throw ProblemException.conflict(e.slug(), e.getMessage(), e.field());
        }
    }
}
