using System;

namespace ContentGen.Core
{
    /// <summary>Makes article paths relative to the project folder, with '/' separators on every OS.</summary>
    internal static class ProjectPath
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="projectDirectory"/>; the file name alone when no
        /// project folder is known. Files outside the folder get <c>../</c> segments.
        /// </summary>
        public static string Relative(string path, string? projectDirectory)
        {
            string file = Normalize(path);
            if (projectDirectory is null)
            {
                int slash = file.LastIndexOf('/');
                return slash < 0 ? file : file.Substring(slash + 1);
            }

            string[] from = Normalize(projectDirectory).TrimEnd('/').Split('/');
            string[] to = file.Split('/');
            StringComparison comparison = IsWindowsPath(file) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            int common = 0;
            while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
            {
                common++;
            }

            if (common == 0)
            {
                return file;
            }

            var parts = new System.Collections.Generic.List<string>();
            for (int i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (int i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }

        /// <summary>The file name of a '/'-separated path without its extension.</summary>
        public static string Slug(string path)
        {
            int slash = path.LastIndexOf('/');
            string name = slash < 0 ? path : path.Substring(slash + 1);
            int dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        private static bool IsWindowsPath(string path) => path.Length > 1 && path[1] == ':';
    }
}
