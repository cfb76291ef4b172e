package io.ledgerline.testkit;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Signed JWTs for tests, from a key pair generated once per JVM; services verify with its public half. */
public final class TestTokens {

    public static final String ISSUER = "ledgerline";
    private static final String PUBLIC_KEY = "ledgerline.test.jwt.public";
    private static final String PRIVATE_KEY = "ledgerline.test.jwt.private";

    private TestTokens() {
    }

    /** A token for a user holding exactly {@code role}. */
    public static String token(String role) {
        return Jwt.issuer(ISSUER)
                .upn(role + "-user")
                .subject(role + "-user")
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    /** The {@code Authorization} header value for {@code role}. */
    public static String bearer(String role) {
        return "Bearer " + token(role);
    }

    /** Path of the PEM public key the services are configured to verify with. */
    public static synchronized Path publicKeyFile() {
        if (System.getProperty(PUBLIC_KEY) == null) {
            generate();
        }
        return Path.of(System.getProperty(PUBLIC_KEY));
    }

    private static PrivateKey privateKey() {
        publicKeyFile();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    private static void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path file = Files.createTempFile("ledgerline-jwt-", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            System.setProperty(PUBLIC_KEY, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate the test key pair", e);
        }
    }
}
