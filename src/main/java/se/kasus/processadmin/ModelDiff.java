package se.kasus.processadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Compares two versions of one process. The elements come from the BPMN model API (by id, with their names); what an
 * element does is compared on its XML without its name, its incoming/outgoing references and the ids of its parts, so
 * that a renamed label is a new name, not a change, and a condition, timer or form reference that differs is one.
 */
final class ModelDiff {

    private ModelDiff() {
    }

    static VersionChanges compare(String processKey, byte[] before, byte[] after, Map<String, String> formsBefore,
            Map<String, String> formsAfter, Map<String, String> decisionsBefore, Map<String, String> decisionsAfter) {
        Map<String, FlowElement> old = elements(processKey, before);
        Map<String, FlowElement> now = elements(processKey, after);
        Map<String, Element> oldXml = xmlById(before);
        Map<String, Element> nowXml = xmlById(after);

        List<VersionChanges.Element> added = new ArrayList<>();
        List<VersionChanges.Element> removed = new ArrayList<>();
        List<VersionChanges.Renamed> renamed = new ArrayList<>();
        List<VersionChanges.Element> changed = new ArrayList<>();
        now.forEach((id, element) -> {
            if (!old.containsKey(id)) {
                added.add(ref(element));
            }
        });
        old.forEach((id, element) -> {
            if (!now.containsKey(id)) {
                removed.add(ref(element));
            }
        });
        for (String id : now.keySet()) {
            FlowElement previous = old.get(id);
            if (previous == null) {
                continue;
            }
            String from = blankToNull(previous.getName());
            String to = blankToNull(now.get(id).getName());
            if (!Objects.equals(from, to)) {
                renamed.add(new VersionChanges.Renamed(id, from, to));
            }
            if (!fingerprint(oldXml.get(id), old.keySet()).equals(fingerprint(nowXml.get(id), now.keySet()))) {
                changed.add(ref(now.get(id)));
            }
        }
        if (!fingerprint(oldXml.get(processKey), old.keySet())
                .equals(fingerprint(nowXml.get(processKey), now.keySet()))) {
            changed.add(new VersionChanges.Element(processKey, "Processens egenskaper"));
        }
        return new VersionChanges(false, added, removed, renamed, changed, differing(formsBefore, formsAfter),
                differing(decisionsBefore, decisionsAfter));
    }

    /** The content of a form or decision table the process refers to but its own deployment lacks. */
    static final String MISSING = "\u0000saknas";

    /**
     * Forms or decision tables (by id) whose content differs between the versions, marked when the new version
     * starts or stops using one, or refers to one its deployment lacks (a model deployed alone, around the gate).
     */
    private static List<String> differing(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).map(k -> {
            if (MISSING.equals(after.get(k))) {
                return k + " (saknas i versionen)";
            }
            return !after.containsKey(k) ? k + " (används inte längre)" : !before.containsKey(k) ? k + " (nytt)" : k;
        }).toList();
    }

    /** The process's flow elements by id, in document order. */
    private static Map<String, FlowElement> elements(String processKey, byte[] xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        Map<String, FlowElement> found = new LinkedHashMap<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            Process process = ModelIndex.processOf(element);
            if (process != null && processKey.equals(process.getId())) {
                found.put(element.getId(), element);
            }
        }
        return found;
    }

    private static VersionChanges.Element ref(FlowElement element) {
        return new VersionChanges.Element(element.getId(), blankToNull(element.getName()));
    }

    private static Map<String, Element> xmlById(byte[] xml) {
        Map<String, Element> byId = new HashMap<>();
        collect(parse(xml).getDocumentElement(), byId);
        return byId;
    }

    private static void collect(Element element, Map<String, Element> byId) {
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            byId.putIfAbsent(id, element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, byId);
            }
        }
    }

    /**
     * What an element does: its tag, its attributes but its name (and its parts' ids), and its parts, in order;
     * without its incoming/outgoing references (a change of flows shows on the flows) and without nested flow
     * elements (each is compared on its own).
     */
    static String fingerprint(Element element, Set<String> flowElementIds) {
        if (element == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(element, flowElementIds, out, true);
        return out.toString();
    }

    private static void append(Element element, Set<String> flowElementIds, StringBuilder out, boolean top) {
        out.append('<').append(element.getNamespaceURI()).append(':').append(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNamespaceURI() == null ? attribute.getLocalName() == null
                    ? attribute.getNodeName() : attribute.getLocalName()
                    : attribute.getNamespaceURI() + ":" + attribute.getLocalName();
            boolean skip = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    || "id".equals(name) || top && "name".equals(name);
            if (!skip) {
                sorted.put(name, attribute.getNodeValue());
            }
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                boolean reference = BpmnModelConstants.BPMN20_NS.equals(e.getNamespaceURI())
                        && ("incoming".equals(e.getLocalName()) || "outgoing".equals(e.getLocalName()));
                boolean nested = flowElementIds.contains(e.getAttribute("id"));
                if (!reference && !nested) {
                    append(e, flowElementIds, out, false);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (!text.isEmpty()) {
                    out.append(text);
                }
            }
        }
        out.append("</>");
    }

    /** A namespace-aware parse that refuses DTDs and external entities (the models may be uploaded). */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Modellen kan inte läsas: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
