package main

import "os"

func key() string {
	apiKey := os.Getenv("API_KEY")
	return apiKey
}
