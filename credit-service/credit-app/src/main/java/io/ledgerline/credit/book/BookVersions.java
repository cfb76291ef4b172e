package io.ledgerline.credit.book;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The published versions of each book ({@code book_version}), kept in the transaction that stores their events. */
@ApplicationScoped
public class BookVersions {

    /** One published version; {@code definition} is the scorecard or policy. */
    public record Version<T>(int version, String publishedBy, LocalDate publishedOn, T definition) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Records a version; a version another instance recorded first is left as it is. */
    public void insert(String book, int version, Object definition, String publishedBy, LocalDate publishedOn) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO book_version (book, version, definition, published_by, "
                     + "published_on) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, book);
            s.setInt(2, version);
            s.setString(3, json.writeValueAsString(definition));
            s.setString(4, publishedBy);
            s.setDate(5, Date.valueOf(publishedOn));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot record version " + version + " of " + book, e);
        }
    }

    public <T> List<Version<T>> all(String book, Class<T> type) {
        return query("SELECT version, published_by, published_on, definition FROM book_version WHERE book = ? ORDER BY version",
                book, null, type);
    }

    public <T> Optional<Version<T>> find(String book, int version, Class<T> type) {
        return query("SELECT version, published_by, published_on, definition FROM book_version WHERE book = ? AND version = ?",
                book, version, type).stream().findFirst();
    }

    public <T> Optional<Version<T>> current(String book, Class<T> type) {
        return query("SELECT version, published_by, published_on, definition FROM book_version WHERE book = ? "
                + "ORDER BY version DESC LIMIT 1", book, null, type).stream().findFirst();
    }

    private <T> List<Version<T>> query(String sql, String book, Integer version, Class<T> type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, book);
            if (version != null) {
                s.setInt(2, version);
            }
            List<Version<T>> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(new Version<>(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            json.readValue(rs.getString(4), type)));
                }
            }
            return versions;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the versions of " + book, e);
        }
    }
}
