package main

func check(secret, presented string) bool {
	return secret == presented
}
