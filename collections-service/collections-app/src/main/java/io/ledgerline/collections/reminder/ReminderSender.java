package io.ledgerline.collections.reminder;

import io.ledgerline.collections.api.v1.ReminderNotSent;
import io.ledgerline.collections.customer.CustomerDimensions;
import io.ledgerline.collections.ladder.Amounts;
import io.ledgerline.collections.customer.CustomerDimensions.Dimensions;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderNotSent;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderSent;
import io.ledgerline.collections.reminder.ReminderTemplates.Letter;
import io.ledgerline.collections.reminder.ReminderTemplates.Message;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the pending reminders every {@code ledgerline.collections.reminders.send-every}, each in its own transaction
 * with its outcome's event: to the customer's finance contact in the contact's language, or, without a finance email,
 * not at all ({@code ReminderNotSent}). A failed send stays pending and is retried after
 * {@code ledgerline.collections.reminders.retry-after}, doubled per failure. At least once: a crash after the SMTP server
 * took the message and before the outcome was stored sends it again, with the same Message-ID.
 */
@ApplicationScoped
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class);
    private static final int BATCH = 50;

    @Inject
    ReminderOutbox outbox;

    @Inject
    ReminderTemplates templates;

    @Inject
    CustomerDimensions dimensions;

    @Inject
    Mailer mailer;

    @Inject
    CommandGateway commands;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ledgerline.collections.reminders.retry-after", defaultValue = "PT1M")
    Duration retryAfter;

    @Scheduled(identity = "collections-reminder-sender", every = "${ledgerline.collections.reminders.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        send();
    }

    /** Tries every pending reminder that may be tried now; returns how many were decided (sent or not sent). */
    public int send() {
        int decided = 0;
        List<String> batch;
        int done;
        do {
            batch = outbox.ready(BATCH);
            done = 0;
            for (String reminderId : batch) {
                if (attempt(reminderId)) {
                    done++;
                }
            }
            decided += done;
        } while (batch.size() == BATCH && done > 0);
        return decided;
    }

    private boolean attempt(String reminderId) {
        Reminder[] tried = new Reminder[1];
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Reminder> pending = outbox.lock(reminderId);
                if (pending.isEmpty()) {
                    return false;
                }
                tried[0] = pending.get();
                decide(pending.get(), LocalDate.now(clock));
                return true;
            });
        } catch (RuntimeException e) {
            if (tried[0] == null) {
                throw e;
            }
            Reminder r = tried[0];
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.warnf("customer %s: the %s reminder of invoice %s could not be sent (attempt %d): %s; it stays pending and is retried "
                    + "after %s", r.customerId(), r.stepId(), r.invoiceNumber(), r.attempts() + 1, error,
                    retryAfter.multipliedBy(1L << Math.min(r.attempts(), 20)));
            QuarkusTransaction.requiringNew().run(() -> outbox.failed(r, error, retryAfter));
            return false;
        }
    }

    private void decide(Reminder r, LocalDate today) {
        Optional<Dimensions> customer = dimensions.find(r.customerId());
        String to = customer.map(Dimensions::financeEmail).filter(email -> !email.isBlank()).orElse(null);
        if (to == null) {
            String detail = "no finance contact with an email is known for customer " + r.customerId();
            commands.sendAndWait(new RecordReminderNotSent(r.reminderId(), r.customerId(), r.invoiceId(), r.stepId(),
                    ReminderNotSent.NO_FINANCE_CONTACT_EMAIL, detail, today));
            outbox.notSent(r, ReminderNotSent.NO_FINANCE_CONTACT_EMAIL, today);
            LOG.infof("customer %s: the %s reminder of invoice %s is not sent: %s", r.customerId(), r.stepId(), r.invoiceNumber(), detail);
            return;
        }
        String language = ReminderTemplates.language(customer.get().financeLanguage());
        String legalName = customer.get().legalName() != null ? customer.get().legalName() : r.customerId();
        Message message = templates.write(r.stepId(), r.action(), language, new Letter(r.invoiceNumber(), r.amount(), r.currency(),
                r.dueDate(), r.reachedOn(), legalName, customer.get().financeName()));
        mailer.send(Mail.withText(to, message.subject(), message.body()).addHeader("Message-ID", r.messageId()));
        commands.sendAndWait(new RecordReminderSent(r.reminderId(), r.customerId(), r.invoiceId(), r.stepId(), to, language,
                message.subject(), r.messageId(), today));
        outbox.sent(r, to, language, message.subject(), today);
        LOG.infof("customer %s: the %s reminder of invoice %s (%s %s dunned, due %s) was sent to %s in %s, Message-ID %s",
                r.customerId(), r.stepId(), r.invoiceNumber(), Amounts.plain(r.amount()).toPlainString(), r.currency(), r.dueDate(),
                to, language, r.messageId());
    }
}
