using System.IO;

namespace ContentGen.PackageTests
{
    /// <summary>A consumer project written by hand: an SDK project that references the packed ContentGen.</summary>
    public sealed class Consumer
    {
        private readonly PackageFixture _fixture;

        public Consumer(PackageFixture fixture, string folder, string name)
        {
            _fixture = fixture;
            Directory = Path.Combine(folder, name);
            Name = name;
        }

        public string Directory { get; }

        public string Name { get; }

        public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

        /// <summary>Writes the project file; <paramref name="extra"/> goes inside the &lt;Project&gt; element.</summary>
        public Consumer Project(string outputType = "Exe", string extra = "")
        {
            Files.Write(ProjectFile, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>{outputType}</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ContentGen" Version="*-*" />
                  </ItemGroup>
                {extra}
                </Project>
                """);
            return this;
        }

        public Consumer File(string relativePath, string text)
        {
            Files.Write(Path.Combine(Directory, relativePath), text);
            return this;
        }

        public Consumer Seed(string relativePath = "content/" + PackageFixture.SeedFileName) => File(relativePath, _fixture.SeedText);

        public CommandResult Build(params string[] extra) =>
            _fixture.DotNet.Run(Directory, Concat(new[] { "build", "-nologo" }, extra));

        public CommandResult Run() => _fixture.DotNet.Run(Directory, "run", "--no-build", "-nologo");

        private static string[] Concat(string[] first, string[] second)
        {
            var all = new string[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
