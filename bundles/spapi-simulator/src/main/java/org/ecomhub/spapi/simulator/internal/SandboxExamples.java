package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Amazon's static sandbox ({@code x-amzn-api-sandbox} in the copied models): a request carrying an example's
 * trigger values (e.g. {@code orderId=TEST_CASE_400}) gets that example's status and body, as in Amazon's sandbox.
 * Examples without any parameter are not served: they would shadow the simulator's own state.
 */
final class SandboxExamples {
    static final List<String> MODELS = List.of("orders-2026-01-01", "orders-v0", "reports-2021-06-30",
            "feeds-2021-06-30", "listings-items-2021-08-01", "catalog-items-2022-04-01", "sellers-v1");

    record Example(String method, Pattern path, List<String> pathNames, String operationId, Map<String, JsonNode> params,
            int status, JsonNode response) {
    }

    /** A matched example. */
    record Hit(String operationId, int status, JsonNode response) {
    }

    private final List<Example> examples = new ArrayList<>();

    static SandboxExamples load() throws IOException {
        SandboxExamples s = new SandboxExamples();
        for (String model : MODELS) {
            try (InputStream in = SandboxExamples.class.getResourceAsStream("/sp-api/models/" + model + ".json")) {
                if (in != null) {
                    s.add(Exchange.JSON.readTree(in));
                }
            }
        }
        return s;
    }

    int size() {
        return examples.size();
    }

    private void add(JsonNode model) {
        Iterator<Map.Entry<String, JsonNode>> paths = model.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(path.getKey().substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(path.getKey().substring(last)));
            Pattern pattern = Pattern.compile(regex.toString());
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().path("responses").fields();
                while (responses.hasNext()) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    for (JsonNode ex : response.getValue().path("x-amzn-api-sandbox").path("static")) {
                        Map<String, JsonNode> params = new java.util.LinkedHashMap<>();
                        ex.path("request").path("parameters").fields().forEachRemaining(p -> {
                            JsonNode v = p.getValue().get("value");
                            if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
                                params.put(p.getKey(), v);
                            }
                        });
                        if (!params.isEmpty()) {
                            examples.add(new Example(op.getKey().toUpperCase(), pattern, names,
                                    op.getValue().path("operationId").asText(), params,
                                    Integer.parseInt(response.getKey()), ex.path("response")));
                        }
                    }
                }
            }
        }
    }

    /** The example this request triggers, if any. */
    Optional<Hit> match(Exchange ex) throws IOException {
        for (Example e : examples) {
            if (!e.method.equals(ex.method)) {
                continue;
            }
            Matcher m = e.path.matcher(ex.path);
            if (!m.matches()) {
                continue;
            }
            if (matches(e, m, ex)) {
                return Optional.of(new Hit(e.operationId, e.status, e.response));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Example e, Matcher m, Exchange ex) throws IOException {
        for (Map.Entry<String, JsonNode> p : e.params.entrySet()) {
            String name = p.getKey();
            JsonNode expected = p.getValue();
            int pathIndex = e.pathNames.indexOf(name);
            if (pathIndex >= 0) {
                if (!Exchange.decode(m.group(pathIndex + 1)).equals(expected.asText())) {
                    return false;
                }
            } else if ("body".equals(name)) {
                byte[] body = ex.body();
                try {
                    if (body.length == 0 || !Exchange.JSON.readTree(body).equals(expected)) {
                        return false;
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
                    return false;
                }
            } else if (expected.isArray()) {
                Set<String> want = new HashSet<>();
                expected.forEach(v -> want.add(v.asText()));
                if (!want.equals(new HashSet<>(ex.csv(name)))) {
                    return false;
                }
            } else if (!expected.asText().equals(ex.query.get(name))) {
                return false;
            }
        }
        return true;
    }
}
