package main

func query() string {
	return "SELECT * FROM likes WHERE user = ?"
}

// one query text split over two lines and joined with +: a constant
func byCity() string {
	return "SELECT id FROM users " +
		"WHERE city = ?"
}
