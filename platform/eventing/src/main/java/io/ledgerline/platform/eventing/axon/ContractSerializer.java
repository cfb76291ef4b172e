package io.ledgerline.platform.eventing.axon;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Jackson serializer that stores events under their contract name ({@code @JsonTypeName}, e.g.
 * {@code ledgerline.receivables.InvoiceIssued.v1}) instead of the Java class name, so the event
 * store and Kafka speak the published language and a class rename never rewrites history.
 */
final class ContractSerializer extends JacksonSerializer {

    private final Map<Class<?>, String> namesByClass;
    private final Map<String, String> classNamesByName;

    private ContractSerializer(Builder builder, Map<Class<?>, String> namesByClass) {
        super(builder);
        this.namesByClass = namesByClass;
        this.classNamesByName = new HashMap<>();
        namesByClass.forEach((type, name) -> classNamesByName.put(name, type.getName()));
    }

    static ContractSerializer forEvents(Collection<Class<?>> eventTypes) {
        Map<Class<?>, String> names = new HashMap<>();
        for (Class<?> type : eventTypes) {
            JsonTypeName name = type.getAnnotation(JsonTypeName.class);
            if (name == null || name.value().isBlank()) {
                throw new IllegalArgumentException(type.getName() + " is a stored event without @JsonTypeName");
            }
            String previous = names.values().stream().filter(name.value()::equals).findAny().orElse(null);
            if (previous != null) {
                throw new IllegalArgumentException("two event classes claim the contract name " + name.value());
            }
            names.put(type, name.value());
        }
        Builder builder = JacksonSerializer.builder().objectMapper(objectMapper());
        return new ContractSerializer(builder, Map.copyOf(names));
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        String name = type == null ? null : namesByClass.get(type);
        return name == null ? super.typeForClass(type) : new SimpleSerializedType(name, null);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        String className = classNamesByName.get(serializedType.getName());
        return className == null ? super.resolveClassName(serializedType) : className;
    }
}
