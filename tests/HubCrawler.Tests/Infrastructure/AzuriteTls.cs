using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A self-signed certificate for 127.0.0.1 and localhost, written as PEM files for Azurite's HTTPS
/// (<c>--cert</c>, <c>--key</c>) and for a client process to trust (<c>SSL_CERT_FILE</c>). The folder is removed on dispose.</summary>
public sealed class AzuriteTls : IDisposable
{
    private readonly string _directory;

    private AzuriteTls(string directory, X509Certificate2 certificate)
    {
        _directory = directory;
        Certificate = certificate;
        CertificatePemPath = Path.Combine(directory, "cert.pem");
        KeyPemPath = Path.Combine(directory, "key.pem");
    }

    public X509Certificate2 Certificate { get; }
    public string CertificatePemPath { get; }
    public string KeyPemPath { get; }

    public static AzuriteTls Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        var tls = new AzuriteTls(Directory.CreateTempSubdirectory("hubcrawler-tls-").FullName, certificate);
        File.WriteAllText(tls.CertificatePemPath, certificate.ExportCertificatePem());
        File.WriteAllText(tls.KeyPemPath, key.ExportPkcs8PrivateKeyPem());
        return tls;
    }

    /// <summary>An HTTP handler that trusts exactly this certificate (for the test's own storage clients).</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == Certificate.Thumbprint,
    };

    public void Dispose()
    {
        Certificate.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
