const dbPassword = process.env.DB_PASSWORD;
const config = { apiKey: process.env.API_KEY };
