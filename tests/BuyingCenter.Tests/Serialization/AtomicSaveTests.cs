using System;
using System.IO;
using System.Linq;
using System.Text;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

[TestClass]
public sealed class AtomicSaveTests
{
    private static AccountPlan Northwind() => PlanFile.Read(TestFiles.PathOf("northwind.json")).Plan!;

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bc-save-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [TestMethod]
    public void Save_NewFile_WritesCanonicalTextAndLeavesNoTemporaryFile()
    {
        var folder = NewFolder();
        try
        {
            var path = Path.Combine(folder, "plan.json");

            PlanFile.Save(Northwind(), path);

            Assert.AreEqual(PlanFile.ToJson(Northwind()), File.ReadAllText(path));
            CollectionAssert.AreEqual(new[] { path }, Directory.GetFiles(folder));
            Assert.IsFalse(File.ReadAllBytes(path).Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Save_ExistingFile_IsReplaced()
    {
        var folder = NewFolder();
        try
        {
            var path = Path.Combine(folder, "plan.json");
            File.WriteAllText(path, "old content");

            PlanFile.Save(Northwind(), path);

            Assert.IsTrue(PlanFile.Read(path).Succeeded);
            CollectionAssert.AreEqual(new[] { path }, Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Save_StreamFailsHalfway_OldFileByteIdenticalAndNoTemporaryFile()
    {
        var folder = NewFolder();
        try
        {
            var path = Path.Combine(folder, "plan.json");
            var old = Encoding.UTF8.GetBytes("{ \"the\": \"old plan\" }\n");
            File.WriteAllBytes(path, old);

            var error = Assert.ThrowsExactly<IOException>(() =>
                PlanFile.Save(Northwind(), path, temporary => new FailingStream(new FileStream(temporary, FileMode.CreateNew), failAfter: 1000)));

            StringAssert.Contains(error.Message, "disk full");
            CollectionAssert.AreEqual(old, File.ReadAllBytes(path));
            CollectionAssert.AreEqual(new[] { path }, Directory.GetFiles(folder), "the temporary file is removed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Save_TargetIsAFolder_ThrowsAndLeavesNoTemporaryFile()
    {
        var folder = NewFolder();
        try
        {
            var target = Path.Combine(folder, "plan.json");
            Directory.CreateDirectory(target);

            var error = Assert.Throws<Exception>(() => PlanFile.Save(Northwind(), target));

            Assert.IsTrue(error is IOException or UnauthorizedAccessException, error.GetType().Name);
            Assert.AreEqual(0, Directory.GetFiles(folder).Length);
            Assert.IsTrue(Directory.Exists(target));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Save_MissingFolder_ThrowsDirectoryNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), "bc-missing-" + Guid.NewGuid().ToString("N"), "plan.json");

        Assert.ThrowsExactly<DirectoryNotFoundException>(() => PlanFile.Save(Northwind(), path));
    }

    [TestMethod]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.ThrowsExactly<FileNotFoundException>(() => PlanFile.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json")));
    }

    /// <summary>Writes through to a real file until a byte budget is spent, then fails like a full disk.</summary>
    private sealed class FailingStream : Stream
    {
        private readonly Stream inner;
        private long budget;

        public FailingStream(Stream inner, long failAfter)
        {
            this.inner = inner;
            budget = failAfter;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var now = (int)Math.Min(count, budget);
            inner.Write(buffer, offset, now);
            inner.Flush();
            budget -= now;
            if (now < count)
            {
                throw new IOException("No space left on device (disk full).");
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
