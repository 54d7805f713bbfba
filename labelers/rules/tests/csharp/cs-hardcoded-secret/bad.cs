class Program {
    static string Key() {
        string apiKey = "AKIA1234567890";
        return apiKey;
    }
}
