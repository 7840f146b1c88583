using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LearningSearch.Meaning;

/// <summary>
/// Reads a file stored inside a .NET assembly as a manifest resource, without loading the assembly.
/// The SentenceTransformers packages ship their ONNX model and vocabulary this way; reading the bytes
/// straight from the PE file spares us their wrapper and its dependencies.
/// </summary>
internal static class PackagedModelFile
{
    /// <summary>The resource's bytes, or null when the assembly holds no resource of that name.</summary>
    public static byte[]? Read(string assemblyPath, string resourceName)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{assemblyPath} is not a .NET assembly.");
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            // An implementation handle points at another file; embedded resources have none.
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != resourceName)
            {
                continue;
            }
            var block = pe.GetSectionData(resources.RelativeVirtualAddress);
            var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
            // Each embedded resource is stored as a 4-byte length followed by its bytes (ECMA-335 II.24.2.4).
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }
        return null;
    }
}
