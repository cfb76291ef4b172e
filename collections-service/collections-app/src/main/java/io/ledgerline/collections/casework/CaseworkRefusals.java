package io.ledgerline.collections.casework;

import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A case, task, promise or plan command the aggregate refuses leaves as 409 {@code application/problem+json} naming the rule. */
public class CaseworkRefusals {

    @ServerExceptionMapper
    public Response refused(CaseworkRefused e) {
        return ProblemException.conflict(e.slug(), e.getMessage(), e.field()).problem().toResponse();
    }
}
