package io.ledgerline.customer.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.customer.customer.CustomerCommand.ChangeContacts;
import io.ledgerline.customer.customer.CustomerCommand.ChangeLifecycle;
import io.ledgerline.customer.customer.CustomerCommand.RecordRiskSignal;
import io.ledgerline.customer.customer.CustomerCommand.RegisterCustomer;
import io.ledgerline.customer.customer.CustomerCommand.UpdateProfile;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Runs customer commands: each in its own transaction together with the customer's row in
 * {@link CustomerView}, so what a client reads back is exactly what was stored.
 */
@ApplicationScoped
public class Customers {

    private static final Logger LOG = Logger.getLogger(Customers.class);

    /** The answer to a command: whether it recorded something new, and the body to return. */
    public record Outcome(boolean created, JsonNode body) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    CustomerView views;

    @Inject
    ObjectMapper json;

    public Optional<ObjectNode> find(String customerId) {
        return views.find(customerId);
    }

    /** Registers once per customer id: a repeat with the same content gets the first answer, other content a conflict. */
    public Outcome register(RegisterCustomer command) {
        String hash = hash(command);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Outcome> earlier = earlierRegistration(command.customerId(), hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                send(command);
                ObjectNode view = views.registered(command.customerId(), command.profile(), command.lifecycle());
                views.insert(command.customerId(), hash, view);
                LOG.infof("Registered customer %s (%s) as %s", command.customerId(), command.profile().legalName(), command.lifecycle());
                return new Outcome(true, view);
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // A concurrent twin of this registration may have won the race; then its answer is ours.
            return QuarkusTransaction.requiringNew().call(() -> earlierRegistration(command.customerId(), hash)).orElseThrow(() -> e);
        }
    }

    public ObjectNode updateProfile(UpdateProfile command) {
        return change(command.customerId(), view -> {
            if (Boolean.TRUE.equals(send(command))) {
                views.withProfile(view, command.profile());
            }
            return view;
        });
    }

    public ObjectNode changeContacts(ChangeContacts command) {
        return change(command.customerId(), view -> {
            if (Boolean.TRUE.equals(send(command))) {
                views.withContacts(view, command.contacts());
            }
            return view;
        });
    }

    public ObjectNode changeLifecycle(ChangeLifecycle command) {
        return change(command.customerId(), view -> {
            send(command);
            view.put("lifecycle", command.to().name());
            return view;
        });
    }

    /** Records a signal once per external id; a repeat returns the signal recorded first. */
    public Outcome recordRiskSignal(RecordRiskSignal command) {
        Outcome[] outcome = new Outcome[1];
        change(command.customerId(), view -> {
            ArrayNode signals = (ArrayNode) view.withArray("riskSignals");
            if (Boolean.TRUE.equals(send(command))) {
                ObjectNode signal = views.signal(command);
                signals.add(signal);
                outcome[0] = new Outcome(true, signal);
                LOG.infof("Recorded %s %s risk signal %s for customer %s", command.severity(), command.kind(),
                        command.externalId(), command.customerId());
            } else {
                for (JsonNode signal : signals) {
                    if (command.externalId().equals(signal.path("externalId").asText())) {
                        outcome[0] = new Outcome(false, signal);
                    }
                }
            }
            return view;
        });
        if (outcome[0] == null) {
            throw new IllegalStateException("customer " + command.customerId() + " has risk signal " + command.externalId()
                    + " in its events but not in its view");
        }
        return outcome[0];
    }

    public static ProblemException notFound(String customerId) {
        return new ProblemException(Problem.of(404, "customer-not-found", "Not found",
                "no customer " + customerId + " is registered", "customerId"));
    }

    private ObjectNode change(String customerId, Function<ObjectNode, ObjectNode> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ObjectNode view = views.findForUpdate(customerId).orElseThrow(() -> notFound(customerId));
            ObjectNode changed = work.apply(view);
            views.update(customerId, changed);
            return changed;
        });
    }

    private Optional<Outcome> earlierRegistration(String customerId, String hash) {
        return views.registration(customerId).map(seen -> {
            if (!seen.contentHash().equals(hash)) {
                throw ProblemException.conflict("customer-already-registered",
                        "customer " + customerId + " was already registered with different content", "customerId");
            }
            try {
                return new Outcome(false, json.readTree(seen.response()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored answer for " + customerId + " is not JSON", e);
            }
        });
    }

    /** Sends a command and turns the customer's refusals into problems. */
    private Object send(CustomerCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CustomerRuleViolation rule) {
                    throw ProblemException.ruleViolated(rule.slug(), rule.getMessage(), rule.field());
                }
            }
            throw e;
        }
    }

    /** What makes two registrations of the same customer id the same registration. */
    private String hash(RegisterCustomer command) {
        try {
            return sha256(json.writeValueAsString(command));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
