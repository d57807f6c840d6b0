namespace ReportForge.Core.Model;

/// <summary>The part of the summary's stakeholder list an entry is printed under.</summary>
public enum StakeholderKind
{
    /// <summary>"Civil society", "Individual submissions": non-governmental organisations and others.</summary>
    CivilSociety,
    /// <summary>"Joint submissions": JS1, JS2… with their member organisations.</summary>
    JointSubmission,
    /// <summary>"National human rights institution", or an entry marked with the A-status asterisk.</summary>
    NationalHumanRightsInstitution,
    /// <summary>"Regional intergovernmental organization(s)": CoE, OSCE/ODIHR, EU-FRA and their attachments.</summary>
    RegionalIntergovernmentalOrganization,
    /// <summary>"United Nations" and any other heading.</summary>
    UnitedNationsOrOther,
}
