const dbPassword = "s3cr3t-passw0rd";
const config = { apiKey: 'AKIA1234567890' };
