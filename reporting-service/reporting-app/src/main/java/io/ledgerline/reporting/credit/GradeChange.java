package io.ledgerline.reporting.credit;

/** A customer moving from one grade to another during the period; either grade is null when the event left it out. */
record GradeChange(String fromGrade, String toGrade, Direction direction) {

    enum Direction {
        DOWNGRADE, UPGRADE
    }
}
