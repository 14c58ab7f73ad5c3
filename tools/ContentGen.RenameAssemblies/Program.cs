using System;
using System.Collections.Generic;
using System.IO;
using Mono.Cecil;

namespace ContentGen.RenameAssemblies
{
    /// <summary>
    /// <c>ContentGen.RenameAssemblies &lt;output folder&gt; &lt;prefix&gt; &lt;assembly&gt; [library...]</c>: writes each library
    /// into the output folder under <c>prefix + its name</c>, and the assembly with its references to those libraries
    /// renamed the same way. Nothing else in any of them changes.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length < 3)
            {
                Console.Error.WriteLine("usage: ContentGen.RenameAssemblies <output folder> <prefix> <assembly> [library...]");
                return 2;
            }

            string output = args[0];
            string prefix = args[1];
            Directory.CreateDirectory(output);
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 3; i < args.Length; i++)
            {
                using AssemblyDefinition library = AssemblyDefinition.ReadAssembly(args[i]);
                string name = library.Name.Name;
                renamed[name] = prefix + name;
                library.Name.Name = prefix + name;
                library.Name.PublicKey = Array.Empty<byte>();
                library.Name.HasPublicKey = false;
                library.MainModule.Attributes &= ~ModuleAttributes.StrongNameSigned;
                library.MainModule.Name = prefix + name + ".dll";
                library.Write(Path.Combine(output, prefix + name + ".dll"));
            }

            using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(args[2]);
            foreach (AssemblyNameReference reference in assembly.MainModule.AssemblyReferences)
            {
                if (renamed.TryGetValue(reference.Name, out string? newName))
                {
                    reference.Name = newName;
                    reference.PublicKeyToken = Array.Empty<byte>();
                }
            }

            assembly.Write(Path.Combine(output, Path.GetFileName(args[2])));
            Console.WriteLine($"ContentGen.RenameAssemblies: {Path.GetFileName(args[2])} and {renamed.Count} libraries -> {output}");
            return 0;
        }
    }
}
