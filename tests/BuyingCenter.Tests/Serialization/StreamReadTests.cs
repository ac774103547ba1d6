using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>
/// The reader takes a stream's bytes into one buffer sized from the stream's length, or grown while a stream that cannot
/// tell its length delivers: every kind of stream gives the same plan, and the size limit holds to the byte.
/// </summary>
[TestClass]
public sealed class StreamReadTests
{
    // About 300 KB: several times the first buffer a stream of unknown length gets, so that buffer grows more than once.
    private static readonly byte[] Large = Encoding.UTF8.GetBytes(PlanFile.ToJson(
        AccountGenerator.Generate(new AccountGeneratorOptions { People = 400, Seed = 19 })));

    private static readonly string Expected = PlanFile.ToJson(PlanFile.Parse(Encoding.UTF8.GetString(Large)).Plan!);

    [TestMethod]
    public void Read_SeekableTricklingAndUnderstatingStreams_GiveThePlanOfParse()
    {
        Assert.IsTrue(Large.Length > 250_000, Large.Length + " bytes");
        using var seekable = new MemoryStream(Large);
        using var trickling = new TestStream(Large, seekable: false, claimedLength: 0);
        using var understating = new TestStream(Large, seekable: true, claimedLength: 100);

        foreach (var (name, stream) in new (string, Stream)[] { ("seekable", seekable), ("trickling", trickling), ("understating", understating) })
        {
            var result = PlanFile.Read(stream);

            Assert.IsTrue(result.Succeeded, name + ": " + string.Join("\n", result.Problems.Take(3)));
            Assert.AreEqual(Expected, PlanFile.ToJson(result.Plan!), name);
        }
    }

    [TestMethod]
    public async Task ReadAsync_TricklingStream_GivesThePlanOfParse()
    {
        using var trickling = new TestStream(Large, seekable: false, claimedLength: 0);

        var result = await PlanFile.ReadAsync(trickling);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems.Take(3)));
        Assert.AreEqual(Expected, PlanFile.ToJson(result.Plan!));
    }

    [TestMethod]
    public async Task Read_StreamOfUnknownLengthAtTheLimit_IsReadAndOneByteOverIsRefused()
    {
        var atLimit = new PlanReadOptions { MaxFileSize = Large.Length };
        var underIt = new PlanReadOptions { MaxFileSize = Large.Length - 1 };

        Assert.IsTrue(PlanFile.Read(new TestStream(Large, seekable: false, claimedLength: 0), atLimit).Succeeded);
        Assert.IsTrue((await PlanFile.ReadAsync(new TestStream(Large, seekable: false, claimedLength: 0), atLimit)).Succeeded);
        var refused = PlanFile.Read(new TestStream(Large, seekable: false, claimedLength: 0), underIt);
        var refusedAsync = await PlanFile.ReadAsync(new TestStream(Large, seekable: false, claimedLength: 0), underIt);

        foreach (var result in new[] { refused, refusedAsync })
        {
            Assert.AreEqual(string.Format(System.Globalization.CultureInfo.InvariantCulture, "The file is larger than the limit of {0:N0} bytes (PlanReadOptions.MaxFileSize).", Large.Length - 1), result.Problems.Single().Message);
        }
    }

    [TestMethod]
    public void Read_InvalidUtf8LateInATricklingStream_IsLocatedAtItsByte()
    {
        var bytes = (byte[])Large.Clone();
        var at = bytes.Length - 1000;
        while (bytes[at] != (byte)'"')
        {
            at++;
        }

        bytes[at + 1] = 0xFF;
        var line = 1 + bytes.Take(at + 1).Count(b => b == (byte)'\n');

        var problem = PlanFile.Read(new TestStream(bytes, seekable: false, claimedLength: 0)).Problems.Single();

        StringAssert.Contains(problem.Message, "byte 0xFF at offset " + (at + 1));
        Assert.AreEqual(line, problem.Line);
    }

    /// <summary>A stream that hands out at most 1,000 bytes a read; seekable ones may claim a length shorter than their content.</summary>
    private sealed class TestStream : Stream
    {
        private readonly byte[] content;
        private readonly bool seekable;
        private readonly long claimedLength;
        private int position;

        public TestStream(byte[] content, bool seekable, long claimedLength)
        {
            this.content = content;
            this.seekable = seekable;
            this.claimedLength = claimedLength;
        }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? claimedLength : throw new NotSupportedException();

        public override long Position { get => seekable ? position : throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), content.Length - position);
            Array.Copy(content, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
