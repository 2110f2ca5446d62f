/// The ordered list of extraction rules: every rule runs on every sentence in this order.
///
/// Order matters only where a rule adds context for later ones (meetings and invitations register
/// the event that attendance sentences refer to).
enum RuleRegistry {
    /// All rules, in application order.
    static let all: [any ExtractionRule] = [
        AcronymRule(),
        ShortNameAliasRule(),
        AppositionRoleRule(),
        RelativeClauseRoleRule(),
        RoleBeforeNameRule(),
        CopulaRoleRule(),
        ElectionRoleRule(),
        AppointmentRule(),
        AsRoleRule(),
        PassiveLeadershipRule(),
        PersonOrganizationCaptionRule(),
        PersonAffiliationParenthesisRule(),
        PartyAffiliationRule(),
        SignatureBlockRule(),
        DativeMembershipRule(),
        MemberCopulaRule(),
        AccessionRule(),
        NewMembersListRule(),
        AdmittedMembersRule(),
        NetworkWithMembersRule(),
        MembersAmongRule(),
        CountedMembersRule(),
        MemberAppositionRule(),
        AssociationReferenceMembershipRule(),
        ParentheticalContainmentRule(),
        PrepositionalContainmentRule(),
        CityInCountryRule(),
        LocatedInRule(),
        BelongsToAreaRule(),
        CapitalCityRule(),
        OneOfTheCitiesRule(),
        StateAdjectiveContainmentRule(),
        RegionFormationRule(),
        SeatRule(),
        HeadquartersRule(),
        ParentheticalSeatRule(),
        OfficeOpeningRule(),
        FoundingRule(),
        ExistenceSinceRule(),
        PartnershipRule(),
        PartnershipBetweenRule(),
        PartnershipHeadingRule(),
        PossessivePartnershipRule(),
        SigningRule(),
        MeetingRule(),
        InvitationRule(),
        EventCalendarEntryRule(),
        HeadingEventRule(),
        EventDateRule(),
        EventLocationRule(),
        EventOrganizerRule(),
        EventPrefixOrganizerRule(),
        EventHostRule(),
        EventAttendeeRule(),
        GuestListRule(),
        EventSpeakerRule(),
        ContactBlockRule(),
        ContactOfferRule(),
        AddressBlockRule(),
    ]

    /// Name, confidence and factual flag of every rule of ``all``, in the same order (read once, not per sentence).
    static let header: [(name: String, confidence: Double, needsFactualSentence: Bool)] = all.map {
        ($0.name, $0.confidence, $0.needsFactualSentence)
    }
}
