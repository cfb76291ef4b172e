package io.ledgerline.platform.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal leaves as {@code application/problem+json}, including malformed JSON and security. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return malformed(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return malformed(e);
    }

    @ServerExceptionMapper
    public Response misshapenJson(MismatchedInputException e) {
        return malformed(e);
    }

    /** Quarkus REST reports unreadable bodies and unknown paths this way; they leave as problems too. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                e.getMessage(), null).toResponse();
    }

    private static Response malformed(JsonProcessingException e) {
        return Problem.of(400, "malformed-json", "Malformed JSON",
                "the request body is not valid JSON of the expected shape: " + e.getOriginalMessage(), null).toResponse();
    }

    /**
     * What no other mapper names. Two requests that changed the same thing at the same instant (the event store's or a
     * table's unique key refused the second: SQL state 23505, or Axon's concurrency exception) leave as 409, so the
     * client reads again and retries; anything else is logged and leaves as a 500 problem without internals.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (ConcurrentChange.causes(e)) {
            return Problem.of(409, "concurrent-change", "Conflict",
                    "another request changed the same record at the same moment; read it again and retry", null).toResponse();
        }
        LOG.errorf(e, "request failed unexpectedly");
        return Problem.of(500, "internal-error", "Internal Server Error",
                "the request could not be completed; it is logged for the operators", null).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized(null);
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
