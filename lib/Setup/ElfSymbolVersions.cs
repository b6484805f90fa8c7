using System.Buffers.Binary;
using System.Text;

namespace CourseLib.Setup;

/// <summary>A symbol-version requirement of a shared library: "needs <see cref="Version"/> from <see cref="File"/>".</summary>
/// <param name="File">The library the version is needed from, e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Version">The version name, e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="IsWeak">Whether the loader may start the library without it (<c>VER_FLG_WEAK</c>).</param>
/// <param name="FlagsOffset">Where the requirement's flags live in the file, so it can be marked weak.</param>
internal sealed record ElfVersionNeed(string File, string Version, bool IsWeak, long FlagsOffset);

/// <summary>
/// Reads the symbol-version tables of a 64-bit little-endian ELF shared library: the versions it
/// defines (<c>.gnu.version_d</c>) and the versions it needs from others (<c>.gnu.version_r</c>).
/// Just enough ELF to repair TorchSharp's native library; see <see cref="LibTorchSharpRepair"/>. Internal: no
/// notebook calls it (the tests reach it through InternalsVisibleTo, the runner and the doctor as linked source).
/// </summary>
internal sealed class ElfSymbolVersions
{
    private const uint ShtGnuVerdef = 0x6ffffffd;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    /// <summary>ELF's VER_FLG_WEAK: a missing version is tolerated by the dynamic loader.</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>The versions the file defines (a C++ runtime's <c>GLIBCXX_3.4.30</c>, …), in file order.</summary>
    public IReadOnlyList<string> Defined { get; }

    /// <summary>The versions the file needs from other libraries, in file order.</summary>
    public IReadOnlyList<ElfVersionNeed> Needed { get; }

    private ElfSymbolVersions(IReadOnlyList<string> defined, IReadOnlyList<ElfVersionNeed> needed)
    {
        Defined = defined;
        Needed = needed;
    }

    /// <summary>Reads the version tables of the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file, or its section table is truncated.</exception>
    public static ElfSymbolVersions Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Reads the version tables from the bytes of an ELF file.</summary>
    /// <param name="elf">The whole file.</param>
    /// <param name="nameForErrors">How the errors name the file (its path, where known).</param>
    /// <exception cref="InvalidDataException">The bytes are not a 64-bit little-endian ELF file, or its section table is truncated.</exception>
    public static ElfSymbolVersions Parse(byte[] elf, string nameForErrors = "the file")
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException($"{nameForErrors} is not an ELF file.");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException($"{nameForErrors} is not a 64-bit little-endian ELF file (class {elf[4]}, data {elf[5]}).");

        var span = elf.AsSpan();
        long sectionTable = (long)U64(span, 0x28);
        int sectionSize = U16(span, 0x3A);
        int sectionCount = U16(span, 0x3C);
        if (sectionSize < 64 || sectionTable + (long)sectionSize * sectionCount > elf.Length)
            throw new InvalidDataException($"{nameForErrors} has a truncated section table.");

        var sections = new Section[sectionCount];
        for (int i = 0; i < sectionCount; i++)
            sections[i] = Section.At(span, sectionTable + (long)i * sectionSize);

        var defined = new List<string>();
        var needed = new List<ElfVersionNeed>();
        foreach (var section in sections)
        {
            if (section.Type == ShtGnuVerdef)
                ReadDefinitions(span, section, sections[section.Link], defined);
            else if (section.Type == ShtGnuVerneed)
                ReadNeeds(span, section, sections[section.Link], needed);
        }
        return new ElfSymbolVersions(defined, needed);
    }

    /// <summary>
    /// Sets the weak flag on the given requirements in <paramref name="elf"/> (the bytes of the same
    /// file they were read from). Only two bytes per requirement change.
    /// </summary>
    public static void MarkWeak(byte[] elf, IEnumerable<ElfVersionNeed> needs)
    {
        foreach (var need in needs)
        {
            var flags = elf.AsSpan((int)need.FlagsOffset, 2);
            BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(flags) | WeakFlag));
        }
    }

    private static void ReadDefinitions(ReadOnlySpan<byte> elf, Section verdef, Section strings, List<string> defined)
    {
        long entry = verdef.Offset;
        for (uint i = 0; i < verdef.Info; i++)
        {
            long aux = entry + U32(elf, entry + 12);                 // vd_aux
            defined.Add(String(elf, strings, U32(elf, aux)));      // vda_name of the first aux is the version
            uint next = U32(elf, entry + 16);                        // vd_next
            if (next == 0) break;
            entry += next;
        }
    }

    private static void ReadNeeds(ReadOnlySpan<byte> elf, Section verneed, Section strings, List<ElfVersionNeed> needed)
    {
        long entry = verneed.Offset;
        for (uint i = 0; i < verneed.Info; i++)
        {
            int count = U16(elf, entry + 2);                         // vn_cnt
            string file = String(elf, strings, U32(elf, entry + 4)); // vn_file
            long aux = entry + U32(elf, entry + 8);                  // vn_aux
            for (int j = 0; j < count; j++)
            {
                ushort flags = U16(elf, aux + 4);                     // vna_flags
                string version = String(elf, strings, U32(elf, aux + 8));
                needed.Add(new ElfVersionNeed(file, version, (flags & WeakFlag) != 0, aux + 4));
                uint nextAux = U32(elf, aux + 12);
                if (nextAux == 0) break;
                aux += nextAux;
            }
            uint next = U32(elf, entry + 12);                        // vn_next
            if (next == 0) break;
            entry += next;
        }
    }

    private readonly record struct Section(uint Type, long Offset, long Size, int Link, uint Info)
    {
        public static Section At(ReadOnlySpan<byte> elf, long at) => new(
            Type: U32(elf, at + 4),
            Offset: (long)U64(elf, at + 24),
            Size: (long)U64(elf, at + 32),
            Link: (int)U32(elf, at + 40),
            Info: U32(elf, at + 44));
    }

    private static string String(ReadOnlySpan<byte> elf, Section strings, uint index)
    {
        var start = elf.Slice((int)(strings.Offset + index));
        int end = start.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? start : start[..end]);
    }

    private static ushort U16(ReadOnlySpan<byte> b, long at) => BinaryPrimitives.ReadUInt16LittleEndian(b.Slice((int)at, 2));
    private static uint U32(ReadOnlySpan<byte> b, long at) => BinaryPrimitives.ReadUInt32LittleEndian(b.Slice((int)at, 4));
    private static ulong U64(ReadOnlySpan<byte> b, long at) => BinaryPrimitives.ReadUInt64LittleEndian(b.Slice((int)at, 8));
}
