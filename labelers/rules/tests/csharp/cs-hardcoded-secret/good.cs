class Program {
    static string Key() {
        string apiKey = System.Environment.GetEnvironmentVariable("API_KEY");
        return apiKey;
    }
}
