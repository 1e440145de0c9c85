using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>What one <c>dotnet</c> command did: its exit code, its interleaved stdout and stderr, and how long it took.</summary>
    internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>The output's non-empty lines, without line terminators.</summary>
        public string[] Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();

        /// <summary>Notes the command, its exit code and time in the test's output, and returns it.</summary>
        public CommandResult LoggedTo(Xunit.Abstractions.ITestOutputHelper log)
        {
            log.WriteLine($"{CommandLine}: exit {ExitCode} in {Elapsed.TotalSeconds:F1} s");
            return this;
        }

        /// <summary>The whole command and its output, for assertion messages.</summary>
        public override string ToString() =>
            $"> {CommandLine}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s{Environment.NewLine}{Output}";
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI as a user would, isolated from the test host: no MSBuild variables inherited from
    /// the <c>dotnet test</c> that started us, no node reuse or build server left running, a hard timeout.
    /// </summary>
    internal static class DotNetCli
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

        private static readonly string Executable = FindExecutable();

        /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
            Run(workingDirectory, environment, DefaultTimeout, arguments);

        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo(Executable)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // dotnet test runs us with MSBuild's own variables (MSBuildSDKsPath, MSBUILD_EXE_PATH, …); a nested build must
            // find its SDK the ordinary way.
            foreach (string name in new List<string>(start.Environment.Keys))
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            foreach (KeyValuePair<string, string?> variable in environment)
            {
                if (variable.Value is null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            string commandLine = "dotnet " + string.Join(" ", arguments);
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"Timed out after {timeout.TotalMinutes:F0} min in {workingDirectory}: {commandLine}{Environment.NewLine}{Snapshot(output)}");
            }

            process.WaitForExit(); // drains the asynchronous output readers
            stopwatch.Stop();
            return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        // The CLI running this test run, else the one on PATH.
        private static string FindExecutable()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
