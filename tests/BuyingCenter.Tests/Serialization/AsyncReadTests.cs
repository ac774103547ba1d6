using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>ReadAsync and ParseAsync: what a web host's request body allows.</summary>
[TestClass]
public sealed class AsyncReadTests
{
    private static string Sample => Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json");

    /// <summary>A request body as ASP.NET Core gives it: not seekable, and synchronous reads are disallowed.</summary>
    private sealed class RequestBody : Stream
    {
        private readonly MemoryStream inner;

        public RequestBody(byte[] content) => inner = new MemoryStream(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(inner.Read(buffer, offset, Math.Min(count, 1000)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [TestMethod]
    public async Task ReadAsync_RequestBodyWithoutSynchronousReads_ReadsThePlanAsReadDoes()
    {
        using var body = new RequestBody(File.ReadAllBytes(Sample));

        var result = await PlanFile.ReadAsync(body);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual(PlanFile.ToJson(PlanFile.Read(Sample).Plan!), PlanFile.ToJson(result.Plan));
    }

    [TestMethod]
    public async Task ReadAsync_BrokenPlan_ListsEveryProblemWithoutThrowing()
    {
        using var body = new RequestBody(System.Text.Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1, \"account\": { \"id\": \"\" } }"));

        var result = await PlanFile.ReadAsync(body);

        Assert.IsFalse(result.Succeeded);
        Assert.IsTrue(result.Problems.Count >= 2, string.Join("\n", result.Problems));
    }

    [TestMethod]
    public async Task ReadAsync_OverTheSizeLimit_IsAProblemNotAnEndlessRead()
    {
        using var body = new RequestBody(new byte[5000]);

        var result = await PlanFile.ReadAsync(body, new PlanReadOptions { MaxFileSize = 1000 });

        Assert.IsFalse(result.Succeeded);
    }

    [TestMethod]
    public async Task ReadAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = File.OpenRead(Sample);

        await Assert.ThrowsAsync<OperationCanceledException>(() => PlanFile.ReadAsync(stream, cancellationToken: cancelled.Token));
    }

    [TestMethod]
    public async Task ReadAsyncPathAndParseAsync_Sample_GiveThePlanOfRead()
    {
        var expected = PlanFile.ToJson(PlanFile.Read(Sample).Plan!);

        var fromPath = await PlanFile.ReadAsync(Sample);
        using var reader = new StreamReader(Sample);
        var parsed = await PlanFile.ParseAsync(reader);

        Assert.AreEqual(expected, PlanFile.ToJson(fromPath.Plan!));
        Assert.AreEqual(expected, PlanFile.ToJson(parsed.Plan!));
    }
}
