package io.ledgerline.reporting.problem;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal leaves as {@code application/problem+json}, security refusals included. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problem.of(401, "unauthorized", "Unauthorized",
                "a bearer token issued by ledgerline is required", null).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden",
                "the token's roles do not admit this operation", null).toResponse();
    }
}
