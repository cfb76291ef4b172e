-- Each what-if run of POST /api/v1/policy-simulations as the API answered it: the candidate, the window and the
-- figures (GET /api/v1/policy-simulations/{id} reads it back). Not an event: a simulation decides nothing.
CREATE TABLE policy_simulation (
    simulation_id UUID         PRIMARY KEY,
    requested_by  VARCHAR(200) NOT NULL,
    requested_on  DATE         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    result        TEXT         NOT NULL
);
