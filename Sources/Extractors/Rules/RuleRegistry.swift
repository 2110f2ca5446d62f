/// The ordered list of extraction rules: every rule runs on every sentence in this order.
///
/// Order matters only where a rule adds context for later ones (meetings and invitations register
/// the event that attendance sentences refer to).
enum RuleRegistry {
    /// All rules, in application order.
    static let all: [any ExtractionRule] = [
        AcronymRule(),
        AppositionRoleRule(),
        RoleBeforeNameRule(),
        PersonOrganizationCaptionRule(),
        PartyAffiliationRule(),
        SignatureBlockRule(),
        DativeMembershipRule(),
        MemberCopulaRule(),
        AccessionRule(),
        NewMembersListRule(),
        NetworkWithMembersRule(),
        ParentheticalContainmentRule(),
        PrepositionalContainmentRule(),
        RegionFormationRule(),
        SeatRule(),
        FoundingRule(),
        PartnershipRule(),
        SigningRule(),
        MeetingRule(),
        InvitationRule(),
        EventDateRule(),
        EventLocationRule(),
        EventOrganizerRule(),
        EventPrefixOrganizerRule(),
        EventHostRule(),
        EventAttendeeRule(),
        EventSpeakerRule(),
        ContactBlockRule(),
    ]
}
