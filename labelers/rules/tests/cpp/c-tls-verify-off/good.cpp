#include <curl/curl.h>

CURLcode fetch(CURL *curl, const char *url) {
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    return curl_easy_perform(curl);
}
