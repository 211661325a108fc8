package dev.webaccel.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The claims under test, loaded from {@code claims/guide-claims.json} (format: claims/README.md). */
public record ClaimsFile(String guide, List<Claim> claims) {

    public ClaimsFile {
        claims = List.copyOf(claims);
    }

    public static ClaimsFile load(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimsFileException("claims file " + path + ": cannot read it: " + e.getMessage(), e);
        }
        return parse(json, path.toString());
    }

    /** @param origin names the source in error messages (usually the path) */
    public static ClaimsFile parse(String json, String origin) {
        return new ClaimsParser(origin).parse(json);
    }

    public Optional<Claim> byId(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
