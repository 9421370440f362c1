package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks JSON against a Swagger 2.0 response schema of Amazon's models (the subset they use: $ref, type, required,
 * enum, format date-time, items, minItems/maxItems, minimum, pattern, additionalProperties). Stricter than Swagger
 * on one point: a property the schema does not name is an error unless additionalProperties allows it, so a typo
 * in the simulator cannot pass.
 */
final class ModelValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode model;

    private ModelValidator(JsonNode model) {
        this.model = model;
    }

    static ModelValidator load(String name) throws IOException {
        try (InputStream in = ModelValidator.class.getResourceAsStream("/sp-api/models/" + name + ".json")) {
            return new ModelValidator(JSON.readTree(in));
        }
    }

    /** Problems of {@code body} as the reply of path/method/status; empty when it conforms. */
    List<String> validate(String path, String method, int status, JsonNode body) {
        JsonNode response = model.path("paths").path(path).path(method).path("responses").path(Integer.toString(status));
        List<String> problems = new ArrayList<>();
        if (response.isMissingNode()) {
            problems.add("status " + status + " is not a documented reply of " + method + " " + path);
            return problems;
        }
        JsonNode schema = response.get("schema");
        if (schema != null) {
            check(schema, body, "$", problems);
        }
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = model.at(ref.substring(1));
        }
        return schema;
    }

    private void check(JsonNode schemaRef, JsonNode value, String where, List<String> problems) {
        JsonNode schema = resolve(schemaRef);
        if (value == null || value.isNull()) {
            return;
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> object(schema, value, where, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": expected array");
                    return;
                }
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    problems.add(where + ": fewer than minItems");
                }
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                    problems.add(where + ": more than maxItems");
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), where + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + ": expected string, got " + value.getNodeType());
                    return;
                }
                if ("date-time".equals(schema.path("format").asText())) {
                    try {
                        OffsetDateTime.parse(value.asText());
                    } catch (DateTimeParseException e) {
                        problems.add(where + ": not a date-time: " + value.asText());
                    }
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    problems.add(where + ": does not match " + schema.get("pattern").asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + ": expected integer");
                } else if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
                    problems.add(where + ": below minimum");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + ": expected number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + ": expected boolean");
                }
            }
            default -> {
                // untyped schema: anything goes
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String where, List<String> problems) {
        if (!value.isObject()) {
            problems.add(where + ": expected object");
            return;
        }
        for (JsonNode r : schema.path("required")) {
            if (!value.has(r.asText())) {
                problems.add(where + ": required property " + r.asText() + " missing");
            }
        }
        JsonNode props = schema.path("properties");
        JsonNode extra = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (props.has(f.getKey())) {
                check(props.get(f.getKey()), f.getValue(), where + "." + f.getKey(), problems);
            } else if (extra != null && extra.isObject()) {
                check(extra, f.getValue(), where + "." + f.getKey(), problems);
            } else if (extra == null && props.size() > 0 || extra != null && !extra.asBoolean(true)) {
                problems.add(where + ": property " + f.getKey() + " is not in the model");
            }
        }
    }
}
