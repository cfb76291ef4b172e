package io.ledgerline.receivables.contract;

import io.agroal.api.AgroalDataSource;
import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.contract.ContractCommand.SignContract;
import io.ledgerline.receivables.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Signed contracts' schedules as rows: what is due to be invoiced by a date, and what each installment became. */
@ApplicationScoped
public class ContractRegister {

    /** A contract as clients read it: its terms, its schedule, and which installments are invoiced. */
    public record ContractView(String contractId, String externalId, String contractNumber, String customerId,
                               String signedOn, String currency, String amount, int netDays, String prepaymentShare,
                               LateFeeClause lateFee, List<InstallmentView> installments) {
    }

    /** One installment; {@code invoiceId} and {@code invoiceNumber} are null until it is invoiced. */
    public record InstallmentView(int sequence, String invoiceOn, String dueDate, String amount, boolean prepayment,
                                  String invoiceId, String invoiceNumber) {
    }

    /** An installment due to be invoiced, with what its invoice needs from the contract. */
    public record Due(String contractId, String externalId, String contractNumber, String customerId, int sequence,
                      LocalDate invoiceOn, LocalDate dueDate, Money amount, LateFeeClause lateFee) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Records a signed contract's schedule; false when the customer already has a contract with this number. */
    public boolean record(SignContract contract, List<ScheduledInstallment> schedule) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO contract (contract_id, external_id, contract_number, customer_id, signed_on, currency, amount,
                                          net_days, prepayment_share, late_fee_rate, late_fee_grace_days, late_fee_cap_percent)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                LateFeeClause fee = contract.lateFee();
                s.setString(1, contract.contractId());
                s.setString(2, contract.externalId());
                s.setString(3, contract.contractNumber());
                s.setString(4, contract.customerId());
                s.setDate(5, Date.valueOf(contract.signedOn()));
                s.setString(6, contract.amount().currency().getCurrencyCode());
                s.setBigDecimal(7, contract.amount().amount());
                s.setInt(8, contract.netDays());
                s.setBigDecimal(9, contract.prepaymentShare() == null ? BigDecimal.ZERO : contract.prepaymentShare());
                s.setBigDecimal(10, fee == null ? null : fee.ratePerDay());
                if (fee == null) {
                    s.setNull(11, Types.INTEGER);
                } else {
                    s.setInt(11, fee.graceDays());
                }
                s.setBigDecimal(12, fee == null ? null : fee.capPercent());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO contract_installment (contract_id, sequence, invoice_on, due_date, amount, prepayment)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (ScheduledInstallment installment : schedule) {
                    s.setString(1, contract.contractId());
                    s.setInt(2, installment.sequence());
                    s.setDate(3, Date.valueOf(installment.invoiceOn()));
                    s.setDate(4, Date.valueOf(installment.dueDate()));
                    s.setBigDecimal(5, installment.amount());
                    s.setBoolean(6, installment.prepayment());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record contract " + contract.contractNumber(), e);
        }
    }

    public Optional<ContractView> find(String contractId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT external_id, contract_number, customer_id, signed_on, currency, amount, net_days, prepayment_share,
                            late_fee_rate, late_fee_grace_days, late_fee_cap_percent
                     FROM contract WHERE contract_id = ?""")) {
            s.setString(1, contractId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Money amount = money(rs.getBigDecimal(6), rs.getString(5));
                return Optional.of(new ContractView(contractId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate().toString(), rs.getString(5), amount.amount().toPlainString(), rs.getInt(7),
                        rs.getBigDecimal(8).stripTrailingZeros().toPlainString(), clause(rs, 9), installments(c, contractId, rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read contract " + contractId, e);
        }
    }

    /** Contracts with an installment not invoiced yet that is to be invoiced on or before {@code asOf}. */
    public List<String> withInstallmentsDueBy(LocalDate asOf) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT DISTINCT contract_id FROM contract_installment
                     WHERE invoice_id IS NULL AND invoice_on <= ? ORDER BY contract_id""")) {
            s.setDate(1, Date.valueOf(asOf));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list contracts due by " + asOf, e);
        }
    }

    /** The contract's installments to be invoiced on or before {@code asOf} and not invoiced yet, in order. */
    public List<Due> dueBy(String contractId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT k.external_id, k.contract_number, k.customer_id, k.currency, k.late_fee_rate,
                            k.late_fee_grace_days, k.late_fee_cap_percent, i.sequence, i.invoice_on, i.due_date, i.amount
                     FROM contract_installment i JOIN contract k ON k.contract_id = i.contract_id
                     WHERE i.contract_id = ? AND i.invoice_id IS NULL AND i.invoice_on <= ? ORDER BY i.sequence""")) {
            s.setString(1, contractId);
            s.setDate(2, Date.valueOf(asOf));
            List<Due> due = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(contractId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(8),
                            rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(), money(rs.getBigDecimal(11), rs.getString(4)),
                            clause(rs, 5)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schedule of contract " + contractId, e);
        }
    }

    public void invoiced(String contractId, int sequence, String invoiceId, String invoiceNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE contract_installment SET invoice_id = ?, invoice_number = ? WHERE contract_id = ? AND sequence = ?")) {
            s.setString(1, invoiceId);
            s.setString(2, invoiceNumber);
            s.setString(3, contractId);
            s.setInt(4, sequence);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark installment " + sequence + " of contract " + contractId + " invoiced", e);
        }
    }

    private static List<InstallmentView> installments(Connection c, String contractId, String currency) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT sequence, invoice_on, due_date, amount, prepayment, invoice_id, invoice_number
                FROM contract_installment WHERE contract_id = ? ORDER BY sequence""")) {
            s.setString(1, contractId);
            List<InstallmentView> installments = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    installments.add(new InstallmentView(rs.getInt(1), rs.getDate(2).toLocalDate().toString(),
                            rs.getDate(3).toLocalDate().toString(), money(rs.getBigDecimal(4), currency).amount().toPlainString(),
                            rs.getBoolean(5), rs.getString(6), rs.getString(7)));
                }
            }
            return installments;
        }
    }

    private static LateFeeClause clause(ResultSet rs, int column) throws SQLException {
        BigDecimal rate = rs.getBigDecimal(column);
        return rate == null ? null : new LateFeeClause(rate, rs.getInt(column + 1), rs.getBigDecimal(column + 2));
    }

    /** Stored at scale 4; back to the currency's own scale. */
    private static Money money(BigDecimal stored, String currency) {
        return Money.of(stored.stripTrailingZeros().toPlainString(), currency);
    }
}
