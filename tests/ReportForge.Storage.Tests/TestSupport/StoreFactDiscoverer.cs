using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReportForge.Storage.Tests.TestSupport;

/// <summary>Discovers a <see cref="StoreFactAttribute"/> test as a plain fact, or as skipped when its class needs a server there is not.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any();
        if (needsPostgres && TestPostgres.SkipReason is { } reason)
            return [new SkippedTestCase(reason, diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
        return _facts.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A test case skipped for a reason decided at discovery, kept when the runner serialises it.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer only", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(string reason, IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("Reason", _reason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }
}
