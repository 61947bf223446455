package merchlab.importer.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/**
 * A Merchant Center product feed as XML: RSS 2.0 ({@code <item>}) or Atom 1.0 ({@code <entry>}) with the fields in the
 * {@code g:} namespace ({@code http://base.google.com/ns/1.0}). Read as a stream with the JDK's StAX reader, one item
 * at a time, so memory stays the same whatever the feed's size; document type declarations are refused outright
 * (no external entities, no entity expansion). The plain RSS/Atom {@code title}, {@code link} ({@code href} in Atom),
 * {@code description} and {@code summary} fill in what the {@code g:} fields leave out. A field with sub-fields
 * ({@code g:shipping}, {@code g:product_detail}) is kept as a JSON object in the attributes, a repeated field
 * ({@code g:additional_image_link}) as a JSON list, as {@code merchant-jsonl} keeps them.
 */
final class MerchantXmlFormat implements FileFormat {
    static final String NAME = "merchant-xml";
    private static final String GOOGLE = "base.google.com/ns/1.0";
    private static final Set<String> PLAIN = Set.of("title", "link", "description", "summary");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DECLARED = Pattern.compile("\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** Sub-fields deeper than this are not a feed's ({@code g:shipping} has one level). */
    private static final int MAX_DEPTH = 16;
    /** The most text one item may hold, as for a line of the other formats: more is rejected, not kept in memory. */
    private static final long MAX_ITEM_CHARS = 8 << 20;
    /** Characters the current item has given so far (each element counts a few), to bound its memory. */
    private long itemChars;
    /** Field names as compared, by their name in the feed (a feed uses a few dozen). */
    private final Map<String, String> names = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.CATALOG);
    }

    @Override
    public int recognise(Sniff sniff) {
        if (!sniff.isXml()) {
            return 0;
        }
        String t = sniff.text();
        boolean feed = t.contains("<rss") || t.contains("<feed") || t.contains("<item") || t.contains("<entry");
        return feed && t.contains(GOOGLE) ? 10 : 0;
    }

    /** A StAX factory that reads no document type declaration, so no entity is defined or fetched. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    @Override
    public void read(ImportSource source, RowSink sink) throws IOException {
        long items = 0;
        long line = 1;
        boolean inItem = false;
        XMLStreamReader r = null;
        try (var in = source.stream()) {
            r = open(in, source.sniff());
            while (r.hasNext()) {
                if (next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                if (!local.equals("item") && !local.equals("entry")) {
                    continue;
                }
                line = r.getLocation().getLineNumber();
                sink.begin(Math.max(1, line));
                inItem = true;
                items++;
                Map<String, List<Object>> google = new LinkedHashMap<>();
                Map<String, List<Object>> plain = new LinkedHashMap<>();
                itemChars = 0;
                readItem(r, google, plain);
                inItem = false;
                if (itemChars > MAX_ITEM_CHARS) {
                    sink.reject("an item longer than 8 MiB");
                    continue;
                }
                try {
                    sink.product(MerchantFields.product(fields(google, plain)));
                    sink.accept();
                } catch (RowProblem p) {
                    sink.reject(p.getMessage());
                }
            }
        } catch (XMLStreamException | CharacterCodingException e) {
            long at = e instanceof XMLStreamException x && x.getLocation() != null ? x.getLocation().getLineNumber()
                    : r != null && r.getLocation() != null ? r.getLocation().getLineNumber() : line;
            if (!inItem) {
                sink.begin(Math.max(1, at));
            }
            sink.reject("not well-formed XML" + (at > 0 ? " at line " + at : "") + ": " + reason(e)
                    + "; the rest of the file is not read");
            return;
        }
        if (items == 0) {
            throw new MerchLabException(source.fileName() + " has no RSS <item> or Atom <entry>: not a Merchant Center"
                    + " feed");
        }
    }

    /** Reads the children of an item up to its end tag. */
    private void readItem(XMLStreamReader r, Map<String, List<Object>> google, Map<String, List<Object>> plain)
            throws XMLStreamException {
        while (true) {
            int event = next(r);
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            String name = names.size() < 256 ? names.computeIfAbsent(local, Columns::normalize) : Columns.normalize(local);
            String href = r.getAttributeValue(null, "href");
            itemChars += 16;
            Object value = value(r, 1);
            if (itemChars > MAX_ITEM_CHARS) {
                continue;
            }
            if (value instanceof String s && s.isEmpty() && href != null) {
                value = href.strip();
            }
            if (ns != null && ns.contains(GOOGLE)) {
                google.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (PLAIN.contains(name)) {
                plain.computeIfAbsent(name.equals("summary") ? "description" : name, k -> new ArrayList<>()).add(value);
            }
        }
    }

    /** The text of the current element, or its sub-fields by name when it has any; the reader ends on its end tag. */
    private Object value(XMLStreamReader r, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("fields nested more than " + MAX_DEPTH + " levels deep", r.getLocation());
        }
        StringBuilder text = new StringBuilder();
        Map<String, String> parts = null;
        while (true) {
            int event = next(r);
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int length = r.getTextLength();
                itemChars += length;
                if (itemChars <= MAX_ITEM_CHARS) {
                    text.append(r.getTextCharacters(), r.getTextStart(), length);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                itemChars += 16;
                parts = parts == null ? new LinkedHashMap<>() : parts;
                String name = Columns.normalize(r.getLocalName());
                Object inner = value(r, depth + 1);
                if (itemChars <= MAX_ITEM_CHARS) {
                    parts.merge(name, inner instanceof String s ? s.strip() : json(inner), (a, b) -> a + ", " + b);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return parts != null ? parts : text.toString().strip();
            }
        }
    }

    /** The item's fields as the Merchant Center mapping takes them: {@code g:} fields first, plain RSS/Atom ones after. */
    private static Map<String, String> fields(Map<String, List<Object>> google, Map<String, List<Object>> plain)
            throws RowProblem {
        List<Object> id = google.get("id");
        if (id != null && !id.isEmpty() && id.get(0) instanceof Map) {
            throw new RowProblem("g:id has fields of its own, not a product id");
        }
        Map<String, String> out = new HashMap<>();
        google.forEach((name, values) -> put(out, name, values));
        plain.forEach((name, values) -> {
            if (!out.containsKey(name)) {
                put(out, name, values);
            }
        });
        for (String v : out.values()) {
            if (v.indexOf('\uFFFD') >= 0) {
                throw new RowProblem("invalid UTF-8 encoding");
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, List<Object> values) {
        List<Object> kept = new ArrayList<>(values.size());
        for (Object v : values) {
            if (!(v instanceof String s) || !s.isEmpty()) {
                kept.add(v);
            }
        }
        if (name.isEmpty() || kept.isEmpty()) {
            return;
        }
        if (MerchantFields.MODELLED.contains(name) || kept.size() == 1) {
            Object first = kept.get(0);
            out.put(name, first instanceof String s ? s : json(first));
        } else {
            out.put(name, json(kept));
        }
    }

    /** The next parse event; the reader's own runtime failures on broken input count as not well-formed XML. */
    private static int next(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage() == null ? "unreadable XML" : e.getMessage(), r.getLocation());
        }
    }

    /**
     * A StAX reader over the feed. A UTF-8 feed (the usual; declared so or not at all) is decoded here, invalid bytes
     * becoming U+FFFD, so that they reject their own item only (and the JDK's parser prints nothing itself); a feed
     * that declares another encoding is decoded by the parser.
     */
    private static XMLStreamReader open(InputStream in, Sniff sniff) throws XMLStreamException, IOException {
        Matcher m = DECLARED.matcher(sniff.text().substring(0, Math.min(sniff.text().length(), 200)));
        String declared = m.lookingAt() ? m.group(1).toUpperCase(Locale.ROOT) : "UTF-8";
        try {
            if (!declared.equals("UTF-8") && !declared.equals("UTF8")) {
                return factory().createXMLStreamReader(new BufferedInputStream(in, 1 << 16));
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader text = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            return factory().createXMLStreamReader(text);
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage() == null ? "unreadable XML" : e.getMessage());
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a feed value as JSON", e);
        }
    }

    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "invalid UTF-8 encoding";
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf("Message: ");
        m = cut >= 0 ? m.substring(cut + 9) : m;
        return Numbers.clip(m.strip(), 160);
    }
}
