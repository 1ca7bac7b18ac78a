using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Csc.Analysis.Data.Tests.Ssd;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: Debian's server binaries (<c>apt-get install postgresql</c>), a data
/// folder and a socket folder under the temp folder, listening on the socket only, with a password for user csc. Started
/// once per test run (as the postgres user when the tests run as root) and stopped and deleted when the process exits.
/// <see cref="Unavailable"/> says why when no server can be started.
/// </summary>
internal sealed class PostgresCluster
{
    /// <summary>The password planted in the connection string (tests check it never reaches an output).</summary>
    public const string Password = "Pl4nted-S3cret-9f2c";

    private static readonly Lazy<(PostgresCluster? Cluster, string? Why)> Instance = new(Start);

    private readonly string root;
    private readonly string bin;
    private readonly bool asPostgres;

    private PostgresCluster(string root, string bin, int port, bool asPostgres)
    {
        this.root = root;
        this.bin = bin;
        this.asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    public string SocketFolder => Path.Combine(root, "socket");

    /// <summary>The started cluster, or null (see <see cref="Unavailable"/>).</summary>
    public static PostgresCluster? Shared => Instance.Value.Cluster;

    /// <summary>Why no server could be started, or null when one is running.</summary>
    public static string? Unavailable => Instance.Value.Why;

    public string ConnectionString(string password = Password)
        => $"Host={SocketFolder};Port={Port};Username=csc;Password={password};Database=postgres;Pooling=false;Timeout=15";

    private static (PostgresCluster?, string?) Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            return (null, "No PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql to run the database tests.");
        }
        RemoveStopped();
        var root = Path.Combine(Path.GetTempPath(), "csc-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var asPostgres = Environment.UserName == "root";
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "socket"));
            File.WriteAllText(Path.Combine(root, "pw"), Password);
            if (asPostgres && Run("chown", ["-R", "postgres", root], false, out var chownLog) != 0)
            {
                return (null, "Cannot hand the cluster folder to the postgres user: " + chownLog);
            }
            var cluster = new PostgresCluster(root, bin, FreePort(), asPostgres);
            if (cluster.Pg("initdb", ["-D", Path.Combine(root, "data"), "-U", "csc", "--auth=scram-sha-256", "--pwfile=" + Path.Combine(root, "pw"), "-E", "UTF8", "--no-locale"], out var log) != 0)
            {
                return (null, "initdb failed: " + log);
            }
            var opts = string.Create(CultureInfo.InvariantCulture, $"-k {cluster.SocketFolder} -p {cluster.Port} -c listen_addresses=''");
            if (cluster.Pg("pg_ctl", ["-D", Path.Combine(root, "data"), "-o", opts, "-l", Path.Combine(root, "log"), "-w", "-t", "60", "start"], out log) != 0)
            {
                return (null, "pg_ctl start failed: " + log);
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
            return (cluster, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return (null, "Cannot start a PostgreSQL server: " + ex.Message);
        }
    }

    /// <summary>Deletes the folders of earlier runs' clusters that are stopped (the test host may end before its exit handler has deleted them).</summary>
    private static void RemoveStopped()
    {
        foreach (var old in Directory.GetDirectories(Path.GetTempPath(), "csc-pg-*"))
        {
            // Not running and not being set up by a test run starting alongside this one.
            if (!File.Exists(Path.Combine(old, "data", "postmaster.pid")) && Directory.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    Directory.Delete(old, recursive: true);
                }
                catch (IOException)
                {
                    // another run's, still starting: left alone
                }
                catch (UnauthorizedAccessException)
                {
                    // not ours to delete
                }
            }
        }
    }

    private void Stop()
    {
        Pg("pg_ctl", ["-D", Path.Combine(root, "data"), "-m", "immediate", "-w", "stop"], out _);
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
        catch (UnauthorizedAccessException)
        {
            // best effort
        }
    }

    private int Pg(string tool, IReadOnlyList<string> args, out string log)
        => asPostgres
            ? Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args], true, out log)
            : Run(Path.Combine(bin, tool), args, true, out log);

    private static int Run(string file, IReadOnlyList<string> args, bool quiet, out string log)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        log = quiet ? stderr.Result : stdout.Result + stderr.Result;
        return p.ExitCode;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
