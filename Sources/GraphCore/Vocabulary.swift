/// A namespace prefix as written in Turtle: `@prefix name: <iri> .`
public struct Prefix: Hashable, Sendable {
    /// The prefix name without the colon, e.g. `schema`.
    public let name: String
    /// The namespace IRI.
    public let namespace: IRI

    /// A prefix binding.
    public init(_ name: String, _ namespace: IRI) {
        self.name = name
        self.namespace = namespace
    }
}

// The terms below are spelt out in full (not `namespace.string + local`): a string literal is immortal, so the
// millions of triples that copy a predicate, class or datatype IRI do no reference counting on it.

/// `rdf:` terms.
public enum RDF {
    /// The namespace `http://www.w3.org/1999/02/22-rdf-syntax-ns#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    /// `rdf:type`.
    public static let type = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    /// `rdf:Statement`, the class of reified statements (provenance nodes).
    public static let Statement = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
    /// `rdf:subject`.
    public static let subject = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    /// `rdf:predicate`.
    public static let predicate = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
    /// `rdf:object`.
    public static let object = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
    /// `rdf:langString`, the datatype of language-tagged strings.
    public static let langString = IRI(trusted: "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
}

/// `rdfs:` terms.
public enum RDFS {
    /// The namespace `http://www.w3.org/2000/01/rdf-schema#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/2000/01/rdf-schema#")
    /// `rdfs:label`, an entity's one canonical display name.
    public static let label = IRI(trusted: "http://www.w3.org/2000/01/rdf-schema#label")
    /// `rdfs:comment`.
    public static let comment = IRI(trusted: "http://www.w3.org/2000/01/rdf-schema#comment")
}

/// `xsd:` datatypes.
public enum XSD {
    /// The namespace `http://www.w3.org/2001/XMLSchema#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/2001/XMLSchema#")
    /// `xsd:string`.
    public static let string = IRI(trusted: "http://www.w3.org/2001/XMLSchema#string")
    /// `xsd:date` (YYYY-MM-DD).
    public static let date = IRI(trusted: "http://www.w3.org/2001/XMLSchema#date")
    /// `xsd:gYearMonth` (YYYY-MM).
    public static let gYearMonth = IRI(trusted: "http://www.w3.org/2001/XMLSchema#gYearMonth")
    /// `xsd:gYear` (YYYY).
    public static let gYear = IRI(trusted: "http://www.w3.org/2001/XMLSchema#gYear")
    /// `xsd:decimal`.
    public static let decimal = IRI(trusted: "http://www.w3.org/2001/XMLSchema#decimal")
    /// `xsd:integer`.
    public static let integer = IRI(trusted: "http://www.w3.org/2001/XMLSchema#integer")
}

/// `skos:` terms.
public enum SKOS {
    /// The namespace `http://www.w3.org/2004/02/skos/core#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/2004/02/skos/core#")
    /// `skos:altLabel`: acronyms, variants and inflected forms seen in text.
    public static let altLabel = IRI(trusted: "http://www.w3.org/2004/02/skos/core#altLabel")
}

/// `prov:` terms.
public enum PROV {
    /// The namespace `http://www.w3.org/ns/prov#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/ns/prov#")
    /// `prov:wasDerivedFrom`: a fact or node points to the document that states it.
    public static let wasDerivedFrom = IRI(trusted: "http://www.w3.org/ns/prov#wasDerivedFrom")
}

/// W3C Organization Ontology (`org:`) terms.
public enum ORG {
    /// The namespace `http://www.w3.org/ns/org#`.
    public static let namespace = IRI(trusted: "http://www.w3.org/ns/org#")
    /// `org:Organization`.
    public static let Organization = IRI(trusted: "http://www.w3.org/ns/org#Organization")
    /// `org:Post`, the n-ary node of a role held by a person.
    public static let Post = IRI(trusted: "http://www.w3.org/ns/org#Post")
    /// `org:Role`.
    public static let Role = IRI(trusted: "http://www.w3.org/ns/org#Role")
    /// `org:holds` (person → post).
    public static let holds = IRI(trusted: "http://www.w3.org/ns/org#holds")
    /// `org:heldBy` (post → person).
    public static let heldBy = IRI(trusted: "http://www.w3.org/ns/org#heldBy")
    /// `org:role` (post → role).
    public static let role = IRI(trusted: "http://www.w3.org/ns/org#role")
    /// `org:postIn` (post → organisation or place).
    public static let postIn = IRI(trusted: "http://www.w3.org/ns/org#postIn")
    /// `org:memberOf`.
    public static let memberOf = IRI(trusted: "http://www.w3.org/ns/org#memberOf")
}

/// schema.org terms (https form).
public enum SCHEMA {
    /// The namespace `https://schema.org/`.
    public static let namespace = IRI(trusted: "https://schema.org/")
    /// `schema:Person`.
    public static let Person = IRI(trusted: "https://schema.org/Person")
    /// `schema:City`.
    public static let City = IRI(trusted: "https://schema.org/City")
    /// `schema:AdministrativeArea`.
    public static let AdministrativeArea = IRI(trusted: "https://schema.org/AdministrativeArea")
    /// `schema:Country`.
    public static let Country = IRI(trusted: "https://schema.org/Country")
    /// `schema:Event`.
    public static let Event = IRI(trusted: "https://schema.org/Event")
    /// `schema:CreativeWork`, the class of source documents.
    public static let CreativeWork = IRI(trusted: "https://schema.org/CreativeWork")
    /// `schema:PostalAddress`.
    public static let PostalAddress = IRI(trusted: "https://schema.org/PostalAddress")
    /// `schema:name`.
    public static let name = IRI(trusted: "https://schema.org/name")
    /// `schema:datePublished`.
    public static let datePublished = IRI(trusted: "https://schema.org/datePublished")
    /// `schema:containedInPlace`.
    public static let containedInPlace = IRI(trusted: "https://schema.org/containedInPlace")
    /// `schema:location`.
    public static let location = IRI(trusted: "https://schema.org/location")
    /// `schema:foundingDate`.
    public static let foundingDate = IRI(trusted: "https://schema.org/foundingDate")
    /// `schema:startDate`.
    public static let startDate = IRI(trusted: "https://schema.org/startDate")
    /// `schema:organizer`.
    public static let organizer = IRI(trusted: "https://schema.org/organizer")
    /// `schema:attendee`.
    public static let attendee = IRI(trusted: "https://schema.org/attendee")
    /// `schema:email`.
    public static let email = IRI(trusted: "https://schema.org/email")
    /// `schema:telephone`.
    public static let telephone = IRI(trusted: "https://schema.org/telephone")
    /// `schema:faxNumber`.
    public static let faxNumber = IRI(trusted: "https://schema.org/faxNumber")
    /// `schema:url`.
    public static let url = IRI(trusted: "https://schema.org/url")
    /// `schema:address`.
    public static let address = IRI(trusted: "https://schema.org/address")
    /// `schema:streetAddress`.
    public static let streetAddress = IRI(trusted: "https://schema.org/streetAddress")
    /// `schema:postalCode`.
    public static let postalCode = IRI(trusted: "https://schema.org/postalCode")
    /// `schema:addressLocality`.
    public static let addressLocality = IRI(trusted: "https://schema.org/addressLocality")
}

/// The project's own vocabulary (`ge:`), declared in `ontology/graph-export.ttl`.
public enum GE {
    /// The namespace `https://w3id.org/graph-export/vocab#`.
    public static let namespace = IRI(trusted: "https://w3id.org/graph-export/vocab#")
    /// `ge:Agreement`: a declaration of intent, memorandum or contract.
    public static let Agreement = IRI(trusted: "https://w3id.org/graph-export/vocab#Agreement")
    /// `ge:partnerOf`: a symmetric formal partnership (twin cities, regions, organisations).
    public static let partnerOf = IRI(trusted: "https://w3id.org/graph-export/vocab#partnerOf")
    /// `ge:signatory`: agreement → a party that signs it.
    public static let signatory = IRI(trusted: "https://w3id.org/graph-export/vocab#signatory")
    /// `ge:signingDate`: when an agreement was signed.
    public static let signingDate = IRI(trusted: "https://w3id.org/graph-export/vocab#signingDate")
    /// `ge:quote`: the sentence that states a fact.
    public static let quote = IRI(trusted: "https://w3id.org/graph-export/vocab#quote")
    /// `ge:rule`: the name of the extraction rule that produced a fact.
    public static let rule = IRI(trusted: "https://w3id.org/graph-export/vocab#rule")
    /// `ge:confidence`: the rule's prior confidence in a fact, 0…1.
    public static let confidence = IRI(trusted: "https://w3id.org/graph-export/vocab#confidence")
    /// `ge:beginIndex`: offset of the evidence's first character in the document text (Unicode scalars).
    public static let beginIndex = IRI(trusted: "https://w3id.org/graph-export/vocab#beginIndex")
    /// `ge:endIndex`: offset just past the evidence's last character (Unicode scalars).
    public static let endIndex = IRI(trusted: "https://w3id.org/graph-export/vocab#endIndex")
    /// `ge:contentHash`: the SHA-256 of a document's bytes, as `sha256:` + hex.
    public static let contentHash = IRI(trusted: "https://w3id.org/graph-export/vocab#contentHash")
}

/// The prefixes every RDF writer declares, in this order.
public enum StandardPrefixes {
    /// The fixed prefix list; the entity base IRI is added as `id:` by the mapping.
    public static let all: [Prefix] = [
        Prefix("ge", GE.namespace),
        Prefix("org", ORG.namespace),
        Prefix("schema", SCHEMA.namespace),
        Prefix("skos", SKOS.namespace),
        Prefix("prov", PROV.namespace),
        Prefix("rdf", RDF.namespace),
        Prefix("rdfs", RDFS.namespace),
        Prefix("xsd", XSD.namespace),
    ]
}
