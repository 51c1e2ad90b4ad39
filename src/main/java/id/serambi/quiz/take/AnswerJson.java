package id.serambi.quiz.take;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.serambi.quiz.model.Answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers as the JSON kept in the database: one object with a single field naming the kind,
 * e.g. {@code {"choices":["a"],"other":""}}, {@code {"scale":3}}, {@code {"text":"..."}}.
 */
public final class AnswerJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String write(Answer answer) {
        ObjectNode node = mapper.createObjectNode();
        if (answer instanceof Answer.Choices c) {
            c.ids().forEach(node.putArray("choices")::add);
            node.put("other", c.other());
        } else if (answer instanceof Answer.Bool b) {
            node.put("bool", b.value());
        } else if (answer instanceof Answer.Typed t) {
            node.put("text", t.text());
        } else if (answer instanceof Answer.Pairs p) {
            ObjectNode pairs = node.putObject("pairs");
            p.chosen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> pairs.put(e.getKey(), e.getValue()));
        } else if (answer instanceof Answer.Order o) {
            o.ids().forEach(node.putArray("order")::add);
        } else if (answer instanceof Answer.Scale s) {
            node.put("scale", s.value());
        }
        return node.toString();
    }

    /** The answer in a stored JSON text; empty when the text is not one this class wrote. */
    public Optional<Answer> read(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            if (node.has("choices")) {
                return Optional.of(new Answer.Choices(strings(node.get("choices")), node.path("other").asText("")));
            }
            if (node.has("bool")) {
                return Optional.of(new Answer.Bool(node.get("bool").asBoolean()));
            }
            if (node.has("text")) {
                return Optional.of(new Answer.Typed(node.get("text").asText()));
            }
            if (node.has("pairs")) {
                Map<String, String> pairs = new LinkedHashMap<>();
                node.get("pairs").fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
                return Optional.of(new Answer.Pairs(pairs));
            }
            if (node.has("order")) {
                return Optional.of(new Answer.Order(strings(node.get("order"))));
            }
            if (node.has("scale")) {
                return Optional.of(new Answer.Scale(node.get("scale").asInt()));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The option order of an attempt: question id to option ids, in the order shown. */
    public String writeOptions(Map<String, List<String>> options) {
        ObjectNode node = mapper.createObjectNode();
        options.forEach((id, list) -> list.forEach(node.putArray(id)::add));
        return node.toString();
    }

    public Map<String, List<String>> readOptions(String json) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        try {
            JsonNode node = mapper.readTree(json);
            node.fields().forEachRemaining(e -> {
                List<String> ids = new ArrayList<>();
                e.getValue().forEach(v -> ids.add(v.asText()));
                options.put(e.getKey(), ids);
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an attempt's option order is not JSON: " + json, e);
        }
        return options;
    }
}
