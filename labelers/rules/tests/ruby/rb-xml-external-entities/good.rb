require 'nokogiri'

def parse_config(text)
  Nokogiri::XML(text) { |config| config.strict.nonet }
end
