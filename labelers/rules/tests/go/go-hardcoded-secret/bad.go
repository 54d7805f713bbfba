package main

const dbPassword = "s3cr3t-passw0rd"

func key() string {
	apiKey := "AKIA1234567890"
	return apiKey
}
