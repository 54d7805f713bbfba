using System.Net.Http;
using System.Net.Security;
class ApiClient {
    static HttpClient Create() {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;
        return new HttpClient(handler);
    }
}
