package io.fairdraw.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON Schema of {@code /public/results.json} (issue 21 item 3: results.json is for machines,
 * its field names stay, documented by a schema at a public URL). The schema is a resource file
 * (its descriptions are Chinese, which Java sources may not hold); OpenDataSchemaIT validates a
 * real results.json against it and keeps its properties equal to {@link OpenDataRow}'s.
 */
@RestController
@Tag(name = "openapi.tag.open_data", description = "openapi.tag.open_data.description")
class OpenDataSchemaController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json;charset=UTF-8");

    private final byte[] schema;

    OpenDataSchemaController() {
        try (InputStream in = new ClassPathResource("open-data/results.schema.json").getInputStream()) {
            this.schema = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/public/open-data/results.schema.json")
    @Operation(summary = "openapi.results_schema.summary", description = "openapi.results_schema.description")
    ResponseEntity<byte[]> resultsSchema() {
        return ResponseEntity.ok().contentType(SCHEMA_JSON).cacheControl(CacheControl.noCache()).body(schema);
    }
}
