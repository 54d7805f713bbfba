package main

func query() string {
	return "SELECT * FROM likes WHERE user = ?"
}
