import Testing
@testable import GraphCore

/// Post and address IRIs are built from byte buffers; they must be exactly the IRIs the string formulas give.
struct MintedIRITests {
    static let names = ["Anna Müller", "Dr. Jürgen Weiß-Schmidt", "佛山", "", "  ", "Ärztekammer Nordrhein e.V.",
                        String(repeating: "Langer Name ", count: 12), "e\u{301}cole", "A & B", "Ⅻ Ωmega"]

    /// The post IRI as the string formula gives it.
    static func expectedPost(_ mapper: RDFMapper, _ person: ResolvedEntity, _ role: String, _ org: ResolvedEntity?) -> String {
        var name = person.iri.string + " " + role
        if let org { name += " " + org.iri.string }
        let readable = Slug.make(person.label + " " + role + (org.map { " " + $0.label } ?? ""))
        return mapper.base.string + "post/" + readable + "-" + Slug.shortHash(name)
    }

    static func entity(_ label: String, _ kind: EntityKind) -> ResolvedEntity {
        ResolvedEntity(iri: IRI(trusted: "https://example.org/id/\(kind.pathSegment)/" + Slug.make(label)), kind: kind,
                       extraKinds: [], label: label, altLabels: [])
    }

    @Test(arguments: names)
    func postIRIMatchesStringFormula(_ label: String) {
        let mapper = RDFMapper()
        var scratch = RDFMapper.IRIScratch()
        for role in ["Geschäftsführerin", "", "佛山 Leiter", label] {
            for org in [nil, Self.entity(label + " GmbH", .organization), Self.entity("", .city)] {
                let person = Self.entity(label, .person)
                let iri = mapper.postIRI(person: person, role: role, organization: org, &scratch)
                #expect(iri.string == Self.expectedPost(mapper, person, role, org))
            }
        }
    }

    @Test(arguments: names)
    func addressIRIMatchesStringFormula(_ street: String) {
        let mapper = RDFMapper()
        var scratch = RDFMapper.IRIScratch()
        for locality in ["Köln", "", "Halle (Saale)", street] {
            let address = PostalAddress(street: street, postalCode: "50667", locality: locality)
            let expected = mapper.base.string + "address/" + Slug.make("\(street) 50667 \(locality)")
            #expect(mapper.addressIRI(address, &scratch).string == expected)
        }
    }
}
