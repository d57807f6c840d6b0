using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Endnotes;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

/// <summary>The stakeholder list in each layout it is printed in, in small synthetic lists.</summary>
public class StakeholderListTests
{
    private const string Preamble =
        "The stakeholders listed below have contributed information for this summary; the full texts of all\n" +
        "original submissions are available at: www.ohchr.org (one asterisk denotes a national human rights\n" +
        "institution with A status).\n";

    private static EndnoteSet Read(string list, string notes = "") =>
        EndnoteReader.Read(EndnoteDocuments.FromText("1 A/HRC/46/15, A/HRC/46/2.\n2 " + Preamble + list + notes));

    private static Dictionary<string, string> Names(EndnoteSet set) => set.Stakeholders.ToDictionary(s => s.Code, s => s.Name);

    [Fact]
    public void Read_PairsCodesAndNames_InAWrappingTwoColumnTable()
    {
        var set = Read("""
                Civil society
                 Individual submissions:
                          AI                                   Amnesty International, London, United Kingdom;
                          GIEACPC                              Global Initiative to End All Corporal Punishment of
                                                               Children;
                          HRDP (US)                            Human Rights Defense Project, Boston (United
                                                               States of America);
            3 AI, p. 2.
            """);

        Assert.Equal(2, set.ListNote);
        Assert.Equal(new Dictionary<string, string>
        {
            ["AI"] = "Amnesty International",
            ["GIEACPC"] = "Global Initiative to End All Corporal Punishment of Children",
            ["HRDP (US)"] = "Human Rights Defense Project",
        }, Names(set));
        Assert.All(set.Stakeholders, s => Assert.Equal(StakeholderKind.CivilSociety, s.Kind));
    }

    [Fact]
    public void Read_PairsCodesAndNames_OnAlternateLines_WhereACodeWrapsAfterItsName()
    {
        var set = Read("""
            Civil society
            Individual submissions:
            ACLU National
            American Civil Liberties Union, New York (United States of
            America);
            ADF International ADF International, Geneva (Switzerland);
            Elizka Relief
            Elizka Relief Foundation, Kumasi (Ghana);
            Foundation
            EnAC
            Environmental activist's center, Tehran (Iran (Islamic Republic of));
            3 Elizka Relief Foundation, p. 6.
            """);

        Assert.Equal(new Dictionary<string, string>
        {
            ["ACLU National"] = "American Civil Liberties Union",
            ["ADF International"] = "ADF International",
            ["Elizka Relief Foundation"] = "Elizka Relief Foundation",
            ["EnAC"] = "Environmental activist's center",
        }, Names(set));
    }

    [Fact]
    public void Read_RecoversThePairing_WhenABlockOfCodesPrecedesTheBlockOfNames()
    {
        // The codes the notes cite ("Partners for Transparency, p. 1") say which words make one code.
        var set = Read(
            "ICAN\nIREC ISDNGO\nOutright International Partners for Transparency PC(USA) PHR\n" +
            "International Campaign to Abolish Nuclear Weapons, Geneva (Switzerland); Iranian Elite Research Center, Tehran (Iran (Islamic Republic of)); " +
            "Institute of Sustainable Development, Tehran (Iran (Islamic Republic of)); Outright International, New York (United States of America);\n" +
            "Partners for Transparency, Cairo (Egypt);\n" +
            "Presbyterian Church (USA), New York (United States of America); Physicians for Human Rights, New York (United States of America).\n",
            "3 Partners for Transparency, p. 1; Outright International, para. 19; PC(USA), para. 2.\n");

        Assert.Equal(new Dictionary<string, string>
        {
            ["ICAN"] = "International Campaign to Abolish Nuclear Weapons",
            ["IREC"] = "Iranian Elite Research Center",
            ["ISDNGO"] = "Institute of Sustainable Development",
            ["Outright International"] = "Outright International",
            ["Partners for Transparency"] = "Partners for Transparency",
            ["PC(USA)"] = "Presbyterian Church (USA)",
            ["PHR"] = "Physicians for Human Rights",
        }, Names(set));
    }

    [Fact]
    public void Read_TakesJointSubmissionRunsWithTheirMembers_WhereverTheirCodesArePrinted()
    {
        var set = Read("""
            Joint submissions: JS1
            JS2
            Joint submission 1 submitted by: Coordination des Associations, Paris (France); Youth for Human Rights; Joint submission 2 submitted by: Coalition of NGOs for UPR, 2100 Copenhagen (Denmark); Action Aid Denmark, Amnesty International, DIGNITY - Danish Institute Against Torture, and Youth for
            JS3
            Human Rights; Joint submission 3 submitted by: Critical Legal Collective (CLC) and American Association of University Professors (AAUP), New York (United States of America).
            """);

        Assert.Equal(["JS1", "JS2", "JS3"], set.Stakeholders.Select(s => s.Code));
        Assert.All(set.Stakeholders, s => Assert.Equal(StakeholderKind.JointSubmission, s.Kind));
        Assert.Equal("Joint submission 2", set.Stakeholder("JS2")!.Name);
        Assert.Equal(["Coordination des Associations", "Youth for Human Rights"], set.Stakeholder("JS1")!.Members);
        Assert.Equal(["Coalition of NGOs for UPR", "Action Aid Denmark", "Amnesty International", "DIGNITY - Danish Institute Against Torture", "Youth for Human Rights"],
            set.Stakeholder("JS2")!.Members);
        Assert.Equal(["Critical Legal Collective (CLC)", "American Association of University Professors (AAUP)"], set.Stakeholder("JS3")!.Members);
    }

    [Fact]
    public void Read_MakesAnOrganisationWithAJointSubmissionSuffixAMemberOfIt()
    {
        var set = Read("""
            AHR          The Advocates for Human Rights, Minneapolis (United States of America) (Joint Submission 1);
            FVFM         Violence Free Minnesota, Saint Paul (United States of America) (Joint Submission 1).
            """);

        Assert.Equal("The Advocates for Human Rights", set.Stakeholder("AHR")!.Name);
        Assert.Equal("Violence Free Minnesota", set.Stakeholder("FVFM")!.Name);
        var joint = set.Stakeholder("JS1")!;
        Assert.Equal(StakeholderKind.JointSubmission, joint.Kind);
        Assert.Equal(["The Advocates for Human Rights", "Violence Free Minnesota"], joint.Members);
    }

    [Fact]
    public void Read_AttachesTheRegionalBodiesAttachments_ToTheirOrganisation()
    {
        var set = Read("""
              Regional intergovernmental organization(s):
                      CoE                            The Council of Europe, Strasbourg (France);
                                                     Attachments:
                                                     (CoE-Commissioner) Report by Mr. Nils Muižnieks,
                                                     Commissioner for Human Rights of the Council of Europe,
                                                     following his visit to Slovenia, Strasbourg;
                                                     (CoE-ECRI) European Commission against Racism and
                                                     Intolerance, Report on Slovenia, Strasbourg;
                      OSCE/ODIHR                     Office for Democratic Institutions and Human Rights of the
                                                     Organisation for Security and Co-operation in Europe,
                                                     Warsaw, Poland.
            """);

        Assert.Equal(["CoE", "CoE-Commissioner", "CoE-ECRI", "OSCE/ODIHR"], set.Stakeholders.Select(s => s.Code));
        Assert.All(set.Stakeholders, s => Assert.Equal(StakeholderKind.RegionalIntergovernmentalOrganization, s.Kind));
        Assert.Equal("Commissioner for Human Rights of the Council of Europe", set.Stakeholder("CoE-Commissioner")!.Name);
        Assert.Equal("European Commission against Racism and Intolerance", set.Stakeholder("CoE-ECRI")!.Name);
        Assert.Equal("CoE", set.Stakeholder("CoE-ECRI")!.AttachedTo);
        Assert.Null(set.Stakeholder("OSCE/ODIHR")!.AttachedTo);
    }

    [Fact]
    public void Read_LeavesOutTheTreatyAbbreviationsThatFollowTheList()
    {
        var set = Read("""
            Regional intergovernmental organization(s):
            OSCE-ODIHR
            Office for Democratic Institutions and Human Rights/Organization for
            Security and Co-operation in Europe, Warsaw (Poland).
            3 The following abbreviations are used in UPR documents:
            ICESCR
            International Covenant on Economic, Social and Cultural Rights
            CRC
            Convention on the Rights of the Child
            4 OSCE-ODIHR, p. 5.
            """);

        Assert.Equal(["OSCE-ODIHR"], set.Stakeholders.Select(s => s.Code));
        Assert.Equal("Office for Democratic Institutions and Human Rights/Organization for Security and Co-operation in Europe", set.Stakeholders[0].Name);
        Assert.Equal(4, set.Notes.Count);
    }

    [Fact]
    public void Read_ReadsTheAsteriskAsTheLegendSaysAndTheHeadingAsTheKind()
    {
        var set = Read("""
            National human rights institution:
            DIHR*        Danish Institute for Human Rights, Copenhagen (Denmark).
            Civil society:
            AI           Amnesty International, London (United Kingdom);
            """);

        var dihr = set.Stakeholder("DIHR")!;
        Assert.True(dihr.IsAStatus);
        Assert.Equal(StakeholderKind.NationalHumanRightsInstitution, dihr.Kind);
        Assert.False(set.Stakeholder("AI")!.IsAStatus);
    }

    [Fact]
    public void Read_ReadsOneAsteriskAsEcosocStatus_WhereTheFirstCycleLegendSaysSo()
    {
        var lines = EndnoteDocuments.FromText("""
            1 The stakeholders listed below have contributed information for this summary; the full texts of all
              original submissions are available at: www.ohchr.org. (One asterisk denotes a non-governmental
              organization in consultative status with the Economic and Social Council.)
              AI                    Amnesty International*, London, UK;
              BF                    The Becket Fund for Religious Liberty, Washington, DC, USA.
            2 AI, p. 2.
            """);

        var set = EndnoteReader.Read(lines);

        Assert.True(set.Stakeholder("AI")!.HasEcosocStatus);
        Assert.False(set.Stakeholder("AI")!.IsAStatus);
        Assert.Equal("Amnesty International", set.Stakeholder("AI")!.Name);
        Assert.False(set.Stakeholder("BF")!.HasEcosocStatus);
    }

    [Fact]
    public void Read_PairsCodeAndNameOnOneLine_InAPlainFirstCycleList()
    {
        var lines = EndnoteDocuments.FromText("""
            1 The stakeholders listed below have contributed information for this summary; the full texts of all
            original submissions are available at: www.ohchr.org. (One asterisk denotes a non-governmental
            organization in consultative status with the Economic and Social Council. Two asterisks denote a
            national human rights institution with "A" status.)
            AI Amnesty International*, London, UK;
            BHRS Bahrain Human Rights Society, Manama, Bahrain;
            NIHR** National Institution for Human Rights, Manama, Bahrain;
            JS1 Joint submission by: Bahrain Centre for Human Rights, Manama, Bahrain; Bahrain Youth Society,
            Manama, Bahrain;
            FL Front Line, Dublin, Ireland.
            2 AI, p. 2.
            """);

        var set = EndnoteReader.Read(lines);

        Assert.Equal(["AI", "BHRS", "NIHR", "JS1", "FL"], set.Stakeholders.Select(s => s.Code));
        Assert.Equal("Bahrain Human Rights Society", set.Stakeholder("BHRS")!.Name);
        Assert.True(set.Stakeholder("AI")!.HasEcosocStatus);
        Assert.True(set.Stakeholder("NIHR")!.IsAStatus);
        Assert.Equal(StakeholderKind.NationalHumanRightsInstitution, set.Stakeholder("NIHR")!.Kind);
        Assert.Equal(["Bahrain Centre for Human Rights", "Bahrain Youth Society"], set.Stakeholder("JS1")!.Members);
        Assert.Equal("Front Line", set.Stakeholder("FL")!.Name);
    }

    [Fact]
    public void Read_KeepsJointSubmissionsApart_WhenEachStartsALineWithItsCode()
    {
        var set = Read("""
            Joint submissions:
            JS1 Joint submission 1 submitted by: Coalition Alpha, Oslo (Norway); Group Beta; Group Gamma;
            JS2 Joint submission 2 submitted by: Delta Network, Rome (Italy); Epsilon Forum.
            United Nations:
            UNHCR United Nations High Commissioner for Refugees, Geneva (Switzerland).
            """);

        Assert.Equal(["Coalition Alpha", "Group Beta", "Group Gamma"], set.Stakeholder("JS1")!.Members);
        Assert.Equal(["Delta Network", "Epsilon Forum"], set.Stakeholder("JS2")!.Members);
        Assert.Equal(StakeholderKind.UnitedNationsOrOther, set.Stakeholder("UNHCR")!.Kind);
        Assert.Equal("United Nations High Commissioner for Refugees", set.Stakeholder("UNHCR")!.Name);
    }
}
