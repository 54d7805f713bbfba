package main

import "database/sql"

func query() string {
	return "SELECT * FROM likes WHERE user = ?"
}

// one query text split over two lines and joined with +: a constant, the value bound
func byCity(db *sql.DB, city string) (*sql.Rows, error) {
	query := "SELECT id FROM users " +
		"WHERE city = ?"
	return db.Query(query, city)
}
