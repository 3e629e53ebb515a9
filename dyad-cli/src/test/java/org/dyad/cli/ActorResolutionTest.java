package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.record.DyadRecord;
import org.junit.jupiter.api.Test;

/** Sentences written for the project: each name, on the article's date, is the right coded actor. */
class ActorResolutionTest {

    private static String code(String text, String date, String mention) {
        List<DyadRecord.MentionInfo> ms = Coded.article(text, date).mentions();
        return ms.stream().filter(m -> m.text().equals(mention)).map(m -> String.valueOf(m.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + ms.stream().map(DyadRecord.MentionInfo::text).toList()));
    }

    @Test
    void countryAndAgentCompose() {
        assertThat(code("Israeli police detained three men near the checkpoint.", "2015-02-01", "Israeli police")).isEqualTo("ISRCOP");
        assertThat(code("Syrian rebels shelled the town overnight.", "2015-02-01", "Syrian rebels")).isEqualTo("SYRREB");
    }

    @Test
    void aTitleWithASurnameIsThePersonOfThatSurname() {
        // not the president of the country the sentence names first
        assertThat(code("The Greek prime minister met President Macron.", "2020-01-15", "President Macron")).isEqualTo("FRAGOV");
        // a surname no dictionary knows keeps its title, and the title its country
        assertThat(code("The Kenyan prime minister met President Smith.", "2020-01-15", "President Smith")).isEqualTo("KENGOV");
        // a kin word before a given name is no title: the queen's name is a daughter's here
        assertThat(code("The Kenyan judge sent his condolences to the widow and her daughter Elizabeth.", "2020-01-15", "daughter Elizabeth"))
                .isEqualTo("KENCVL");
    }

    @Test
    void nameParticlesMatchInEitherCase() {
        // the dictionary writes "Sheikh Nawaf Al-Ahmad" and "Bill de Blasio"
        assertThat(code("Sheikh Nawaf al-Ahmad flew to Riyadh for talks with the king.", "2012-05-02", "Sheikh Nawaf al-Ahmad"))
                .isEqualTo("KWTGOV");
        assertThat(code("Mayor Bill De Blasio closed the city's schools.", "2020-03-15", "Mayor Bill De Blasio")).isEqualTo("USAGOV");
    }

    @Test
    void aRoleWordThatDescribesANounIsWhereTheNounIs() {
        assertThat(code("Kenyan artillery shelled rebel positions in Somalia overnight.", "2015-02-01", "rebel")).isEqualTo("SOMREB");
        assertThat(code("Kenyan jets bombed rebel camps in southern Somalia.", "2015-02-01", "rebel")).isEqualTo("SOMREB");
    }

    @Test
    void theCountryAcrossABorderIsNotTheCountryOfTheRoleWordsBesideIt() {
        String text = "Kenya closed two crossings on Sunday. In Busia, hundreds of traders marched towards the border with Uganda on Monday, "
                + "before police dispersed them.";
        assertThat(code(text, "2019-06-10", "police")).isEqualTo("KENCOP");
    }

    @Test
    void anOfficeAPronounMayReferToRefersBackToNoOne() {
        // "she" may be the prosecutor, but "the mayor" is no one named before
        String text = "Ugandan President Yoweri Museveni arrived in Nairobi on Monday. The mayor welcomed him at the airport.";
        assertThat(code(text, "2020-05-04", "mayor")).isNotEqualTo("UGAGOV");
    }

    @Test
    void aFormerOfficeHolderIsAnElite() {
        assertThat(code("A former Kenyan minister criticized the plan.", "2015-02-01", "Kenyan minister")).isEqualTo("KENELI");
        assertThat(code("A Kenyan minister criticized the plan.", "2015-02-01", "Kenyan minister")).isEqualTo("KENGOV");
        // a former protester is still a civilian: only offices of state have former holders
        assertThat(code("A former Kenyan protester criticized the plan.", "2015-02-01", "Kenyan protester")).isEqualTo("KENCVL");
    }

    @Test
    void anOrganizationKeepsItsCodeUnderARoleWord() {
        assertThat(code("Hamas spokesman Sami Abu Zuhri rejected the offer.", "2015-02-01", "Hamas spokesman Sami Abu Zuhri")).isEqualTo("PSEHMS");
    }

    @Test
    void aPersonIsCodedByTheOfficeHeldOnTheDay() {
        String text = "John Kerry arrived in Cairo for talks.";
        assertThat(code(text, "2014-04-08", "John Kerry")).isEqualTo("USAGOV");
        assertThat(code(text, "2010-04-08", "John Kerry")).isEqualTo("USALEG");
        assertThat(code("PA Chairman Mahmoud Abbas met the envoy.", "2014-04-09", "PA Chairman Mahmoud Abbas")).isEqualTo("PSEGOV");
    }

    @Test
    void aPersonOutOfOfficeIsAnEliteOfTheirCountry() {
        String text = "Theresa May criticized the Russian government.";
        assertThat(code(text, "2019-07-24", "Theresa May")).isEqualTo("GBRGOV"); // the day she stepped down
        assertThat(code(text, "2019-08-10", "Theresa May")).isEqualTo("GBRGOV"); // news of her office for a month after
        assertThat(code(text, "2020-03-01", "Theresa May")).isEqualTo("GBRELI");
        assertThat(code("Bill Clinton criticized the Russian government.", "2019-03-01", "Bill Clinton")).isEqualTo("USAELI");
        // an office the text gives with the name wins over the default
        assertThat(code("British Prime Minister Theresa May criticized the Russian government.", "2020-03-01",
                "British Prime Minister Theresa May")).isEqualTo("GBRGOV");
    }

    @Test
    void metonymsStandForGovernments() {
        assertThat(code("The Kremlin denied the report.", "2016-03-01", "The Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("Washington imposed new tariffs.", "2019-03-01", "Washington")).isEqualTo("USAGOV");
        assertThat(code("Officials in the Jewish state rejected the plan.", "2019-03-01", "the Jewish state")).isEqualTo("ISR");
    }

    @Test
    void aPersonNamedAgainAndAgainDoesNotSetTheStoryInTheirCountry() {
        String text = "Police in Britain arrested a man in Leeds on Friday. Ivan Petrov, a Russian national, was charged on Saturday. "
                + "Petrov had lived in Leeds for two years. Petrov's lawyer said Petrov would plead not guilty. "
                + "Prosecutors said the case would go to trial in Britain. Officers searched a house on Sunday.";
        List<DyadRecord.MentionInfo> ms = Coded.article(text, "2021-03-01").mentions();
        assertThat(ms).filteredOn(m -> m.text().equals("Prosecutors") || m.text().equals("Officers"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.country()).isEqualTo("GBR"));
    }

    @Test
    void aPersonsNationalityIsNotTheCountryOfTheOfficeActingOnThem() {
        String text = "A man attacked shoppers in Leeds, Britain, on Friday. British officials said the attack was terrorism. "
                + "Police detained the man, later identified as Ivan Petrov, a Russian national.";
        assertThat(Coded.events(text, "2021-03-01")).anyMatch(e -> e.startsWith("GBRCOP 173 RUS"));
    }

    @Test
    void aFormerHolderOfAnOfficeOfNoStatedCountryIsAnElite() {
        assertThat(code("Kenyan police said they had arrested his former lawyer, Peter Kamau, in Nairobi.", "2020-01-15", "lawyer"))
                .isEqualTo("KENELI");
    }

    @Test
    void nationalIsARoleWordOnlyAsANoun() {
        assertThat(code("The Zambian National Police Service arrested two men.", "2020-01-15", "Zambian National Police Service")).isEqualTo("ZMBCOP");
        assertThat(code("A Zambian national was arrested in Malawi.", "2020-01-15", "Zambian national")).isEqualTo("ZMBCVL");
        // "individual sanctions" are no one's
        assertThat(Coded.article("Zambia imposed individual sanctions on two Malawian officials.", "2020-01-15").mentions())
                .noneMatch(m -> m.text().contains("individual") && m.code() != null);
    }

    @Test
    void aCapitalBeforeARoleWordIsItsCountry() {
        assertThat(code("A Lusaka court convicted the journalist.", "2019-03-01", "Lusaka court")).isEqualTo("ZMBJUD");
        assertThat(code("Ottawa police arrested two men.", "2019-03-01", "Ottawa police")).isEqualTo("CANCOP");
        // an institution keeps its own code
        assertThat(code("A Pentagon spokesman denied the report.", "2019-03-01", "Pentagon spokesman")).isEqualTo("USAMIL");
    }

    @Test
    void aRankOfBothBranchesIsOfTheBranchNamedLast() {
        assertThat(code("Kenyan police said a man attacked a police station in Nairobi. Three officers were stabbed.", "2020-01-15", "officers")).isEqualTo("KENCOP");
        assertThat(code("Kenyan troops attacked a camp in Somalia. Three officers were wounded.", "2020-01-15", "officers")).endsWith("MIL");
    }

    @Test
    void aRoleWordIsOfThePlaceItsPhraseNamesThoughNoDictionaryNamesIt() {
        // the gazetteer knows Idlib and Lagos, the actor dictionaries do not
        assertThat(code("Russian airstrikes hit a hospital in Idlib province on Monday.", "2020-03-10", "hospital")).isEqualTo("SYRHLH");
        assertThat(code("Police in Lagos fired tear gas at protesters on Monday.", "2020-03-10", "Police")).isEqualTo("NGACOP");
    }

    @Test
    void anOppositionLeaderIsNoOneInOffice() {
        String text = "Kenyan President Uhuru Kenyatta spoke in Nairobi on Monday. The Kenyan opposition leader described the president as arrogant.";
        assertThat(code(text, "2019-03-28", "Kenyan opposition leader")).isEqualTo("KENOPP");
        assertThat(Coded.events(text, "2019-03-28")).anyMatch(e -> e.startsWith("KENOPP 111 KENGOV"));
    }

    @Test
    void itIsNoUnnamedGroupInThePlural() {
        // "it" is what the officials spoke of (a virus), not the officials
        String text = "Kenyan health officials said on Monday it had killed three people in Nairobi.";
        assertThat(Coded.article(text, "2020-01-15").mentions()).noneMatch(m -> m.text().equals("it"));
        assertThat(Coded.events(text, "2020-01-15")).isEmpty();
        // a group a name gives is one
        assertThat(code("Hezbollah guerrillas fired rockets at an army post on Monday. The group said it would attack again.", "2016-05-10", "it")).isEqualTo("LBNHEZ");
    }

    @Test
    void laterMentionsReferBack() {
        String text = "Palestinian President Mahmoud Abbas met Egyptian officials in Cairo. "
                + "Abbas said the talks were useful. He left for Amman on Friday. "
                + "Hezbollah fired rockets at an army post. The group said it acted alone.";
        DyadRecord r = Coded.article(text, "2016-05-10");
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Abbas");
            assertThat(m.code()).isEqualTo("PSEGOV");
        });
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("He");
            assertThat(m.code()).isEqualTo("PSEGOV");
            assertThat(m.type()).isEqualTo("pronoun");
        });
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("The group");
            assertThat(m.code()).isEqualTo("LBNHEZ");
        });
    }

    @Test
    void pluralsReferToTheActorsLastNamedTogether() {
        String text = "Norway and Sweden signed a fishing accord on Monday. Both countries rejected a Russian protest. "
                + "The defence ministers of Denmark and Finland met in Oslo. They called the accord a model.";
        DyadRecord r = Coded.article(text, "2021-03-01");
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("Both countries")).extracting(DyadRecord.MentionInfo::code)
                .containsExactly("NOR", "SWE");
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("They")).extracting(DyadRecord.MentionInfo::code)
                .containsExactly("DNKGOV", "FINGOV");
        // A plural of another role is not the group just named: the rebels are not the troops.
        assertThat(code("Dutch and Belgian troops fought the rebels near the border.", "2021-03-01", "rebels")).doesNotEndWith("MIL");
    }

    @Test
    void aNamedPersonNoDictionaryKnowsIsAPrivatePersonOfTheirCountry() {
        assertThat(code("Police in Kenya arrested David Mwangi on Monday.", "2021-03-01", "David Mwangi")).isEqualTo("KENCVL");
        // given names of every region say so, not only English ones
        assertThat(code("Police in Kenya arrested Usman Haji on Monday.", "2021-03-01", "Usman Haji")).isEqualTo("KENCVL");
        // a UN rapporteur is of the UN
        assertThat(code("Agnes Mbeki, a UN rapporteur, criticized the Kenyan police.", "2021-03-01", "Agnes Mbeki")).isEqualTo("IGOUNO");
        // an apposition that says who they are wins
        assertThat(Coded.events("David Mwangi, a spokesman for the Kenyan government, accused Somalia of shelling the border.", "2021-03-01"))
                .anyMatch(e -> e.startsWith("KENGOV 112 SOM"));
        // and is who it says when named again
        String later = "Maria Lopes, a spokeswoman for the Brazilian health ministry, criticized Paraguay on Monday. Lopes later praised Uruguay.";
        assertThat(code(later, "2021-03-01", "Lopes")).isEqualTo("BRAGOV");
        // a place described by its country is no actor
        assertThat(code("Flooding hit Porto Velho, Brazil, on Monday.", "2021-03-01", "Porto Velho")).isEqualTo("null");
        // nor is a place or building named after a person
        assertThat(code("Thousands of Kenyans rallied at Uhuru Park on Monday.", "2021-03-01", "Uhuru Park")).isEqualTo("null");
        assertThat(Coded.events("Several thousand Kenyans rallied at Uhuru Park in Nairobi, Kenya on Saturday.", "2021-03-01"))
                .anyMatch(e -> e.startsWith("KENCVL 141"));
    }

    @Test
    void aCopulaAnywhereInTheArticleSaysWhoAnUnknownNameIs() {
        // background that comes after the news still tells who the name is
        String after = "Nkem Okonjo criticized the Ghanaian government on Monday. Okonjo is a Nigerian activist who lives in Accra.";
        assertThat(code(after, "2021-03-01", "Nkem Okonjo")).isEqualTo("NGACVL");
        assertThat(Coded.events(after, "2021-03-01")).anyMatch(e -> e.startsWith("NGACVL 111 GHAGOV"));
        assertThat(code("Nkem Okonjo, who is Nigerian, criticized the Ghanaian government.", "2021-03-01", "Nkem Okonjo")).isEqualTo("NGACVL");
        // without the copula the name stays unknown
        assertThat(code("Nkem Okonjo criticized the Ghanaian government on Monday.", "2021-03-01", "Nkem Okonjo")).isEqualTo("null");
    }

    @Test
    void aPersonIsOfOneCountryAllThroughTheArticle() {
        // the apposition two sentences on says which country the journalist is of, not the activist beside him
        String text = "Ghanaian activist Kofi Mensah met journalist Tunde Bakare in Accra. Bakare left on Monday. "
                + "Tunde Bakare, a Nigerian national, writes for a weekly. He criticized the Ghanaian government.";
        assertThat(code(text, "2021-03-01", "journalist Tunde Bakare")).isEqualTo("NGAMED");
        assertThat(code(text, "2021-03-01", "Bakare")).isEqualTo("NGAMED");
        assertThat(code(text, "2021-03-01", "He")).isEqualTo("NGAMED");
    }

    @Test
    void aPronounTakenForAPersonTellsTheirGender() {
        // no first name here says who is a man: "she" for Okonjo does
        String text = "Nigerian minister Tunde Bakare met Ghanaian activist Nkem Okonjo in Accra on Monday. "
                + "Okonjo said she was pleased. Okonjo said he had criticized the Ghanaian government.";
        assertThat(code(text, "2021-03-01", "she")).isEqualTo("GHACVL");
        assertThat(code(text, "2021-03-01", "he")).isEqualTo("NGAGOV");
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
        // "criticized him" would be "himself" if the prime minister were meant
        String text = "Chile's foreign minister arrived in Lima on Monday. Peru's prime minister criticized him for the remarks.";
        assertThat(code(text, "2021-03-01", "him")).isEqualTo("CHLGOV");
        assertThat(Coded.events(text, "2021-03-01")).anyMatch(e -> e.startsWith("PERGOV 111 CHLGOV"));
    }

    @Test
    void aNameDescribedByItsTieToAnotherIsNotThatOther() {
        // "the fiancée of a journalist" is not the journalist
        assertThat(Coded.events("Nkem Okonjo, fiancée of Nigerian journalist Tunde Bakare, criticized the Ghanaian government.", "2021-03-01"))
                .noneMatch(e -> e.startsWith("NGAMED"));
        // "the wife of the Kenyan president" is a Kenyan, not the president
        assertThat(code("Mary Otieno, wife of the Kenyan president, visited Kampala.", "2021-03-01", "Mary Otieno")).isEqualTo("KENCVL");
        // and a description of an office does not refer back to her
        String later = "Mary Otieno, wife of the Kenyan president, visited Kampala. The president criticized Uganda.";
        assertThat(code(later, "2021-03-01", "president")).isNotEqualTo("KENCVL");
    }

    @Test
    void coordinatedCountriesShareTheirRole() {
        String adjectives = "Polish and Lithuanian officials signed a gas deal in Vilnius.";
        assertThat(code(adjectives, "2021-03-01", "Polish")).isEqualTo("POLGOV");
        assertThat(code(adjectives, "2021-03-01", "Lithuanian officials")).isEqualTo("LTUGOV");
        String nouns = "The defence ministers of Norway, Denmark and Sweden met in Oslo.";
        assertThat(code(nouns, "2021-03-01", "Denmark")).isEqualTo("DNKGOV");
        assertThat(code(nouns, "2021-03-01", "Sweden")).isEqualTo("SWEGOV");
        // A country named by its noun before a role phrase is the state itself.
        assertThat(code("Chile and Peruvian officials discussed the border.", "2021-03-01", "Chile")).isEqualTo("CHL");
    }

    @Test
    void roleWordsTakeTheCountryOfTheirSentence() {
        assertThat(code("Police in Myanmar arrested two journalists.", "2017-12-12", "Police")).isEqualTo("MMRCOP");
        assertThat(code("Gunmen from Hezbollah attacked the post.", "2017-12-12", "Gunmen")).isEqualTo("LBNHEZ");
        // an embassy stands abroad: the protesters outside it are the host country's
        assertThat(code("Protesters rallied outside the Swedish embassy in Baghdad.", "2023-07-20", "Protesters")).isEqualTo("IRQCVL");
    }

    @Test
    void aRoleWordWrittenWithACapitalMatchesOnlySo() {
        String text = "The Kenyan government criticized the House on Tuesday. A house in Nairobi burned down.";
        assertThat(code(text, "2021-03-01", "House")).isEqualTo("KENLEG");
        assertThat(Coded.article(text, "2021-03-01").mentions()).noneMatch(m -> m.text().equals("house"));
    }

    @Test
    void localNewsTakesItsCountryFromItsPlaceNames() {
        String text = "A fire destroyed a warehouse in Tulsa, Oklahoma, on Sunday. Crews from across Oklahoma fought it for hours. "
                + "Police arrested a night guard.";
        assertThat(code(text, "2021-03-01", "Police")).isEqualTo("USACOP");
    }

    @Test
    void unknownPeopleAreKeptUncoded() {
        DyadRecord r = Coded.article("Villager Tomasz Wrzeszczyk said the bridge had collapsed.", "2016-05-10");
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.text()).contains("Tomasz Wrzeszczyk");
            assertThat(m.type()).isIn("person", "name");
        });
    }

    @Test
    void aSurnameIsThePersonTheArticleNamedNotADictionaryNamesake() {
        // Putin is in the dictionary; the article's Dmitri Putin is not, and "Putin" later is him.
        String text = "A Russian farmer, Dmitri Putin, sued the regional council in Omsk. Putin said the council had seized his land.";
        assertThat(code(text, "2019-03-01", "Putin")).isEqualTo(code(text, "2019-03-01", "Dmitri Putin")).isNotEqualTo("RUSGOV");
        assertThat(code("Putin said the council had seized the land.", "2019-03-01", "Putin")).isEqualTo("RUSGOV");
    }

    @Test
    void aSurnameAloneIsTheFirstPersonTheArticleNamedSo() {
        String text = "Kenyan President Uhuru Kenyatta and his wife Margaret Kenyatta visited Mombasa. Kenyatta said the port would grow.";
        assertThat(code(text, "2019-03-01", "Kenyatta")).isEqualTo("KENGOV");
    }

    @Test
    void aPersonsAideIsNotThePerson() {
        // Read as Ruto himself, "Ruto's Special Presidential Envoy in Somalia" would make the later "Ruto" Somali.
        String text = "Kenyan President William Ruto met Ugandan officials on Monday. Ruto's Special Presidential Envoy in Somalia said the talks were useful. "
                + "Ruto criticized Somalia on Tuesday.";
        assertThat(code(text, "2023-03-01", "Ruto")).isEqualTo("KENGOV");
        // The envoy is Ruto's, so Kenyan, though posted in Somalia.
        assertThat(code(text, "2023-03-01", "Ruto's Special Presidential Envoy")).isEqualTo("KENGOV");
    }

    @Test
    void aGovernmentNamedByItsLeaderIsThatLeadersCountrysGovernment() {
        // named before, or the one person of that surname the dictionaries know
        assertThat(code("Kenyan President William Ruto spoke on Monday. Uganda criticized the Ruto government.", "2023-03-01", "Ruto government"))
                .isEqualTo("KENGOV");
        assertThat(code("Uganda criticized the Ruto administration.", "2023-03-01", "Ruto administration")).isEqualTo("KENGOV");
        // a name no dictionary knows says nothing about the government's country
        assertThat(code("Uganda criticized the Wrzeszczyk administration.", "2023-03-01", "Wrzeszczyk administration")).isNotEqualTo("KENGOV");
    }

    @Test
    void aCourtesyTitleIsNoWordOfTheName() {
        assertThat(code("Mr Robert Mugabe was remembered in Harare on Friday.", "2019-09-06", "Robert Mugabe")).isEqualTo("ZWEELI");
        // an unknown name with a courtesy title is still a private person
        assertThat(code("Kenyan police arrested Mr Wrzeszczyk on Monday.", "2019-09-06", "Wrzeszczyk")).isEqualTo("KENCVL");
    }

    @Test
    void hisOrHerCountryIsThatOfThePersonThePronounRefersTo() {
        assertThat(code("Ethiopia's prime minister Abiy Ahmed said his country was ready to resume talks.", "2020-01-15", "his country"))
                .isEqualTo("ETH");
        assertThat(code("Angela Merkel said her own nation would help.", "2020-01-15", "her own nation")).isEqualTo("DEU");
        // the act said of it is that country's
        assertThat(Coded.events("Abiy Ahmed said his country was ready to resume negotiations with Egypt.", "2020-01-15"))
                .anyMatch(e -> e.startsWith("ETH 036 EGY"));
    }

    @Test
    void aBodyOfStateNamedWithACapitalIsItsCountrysGovernment() {
        assertThat(code("The Federal Aviation Office of Germany suspended the permit.", "2019-09-06", "Federal Aviation Office of Germany"))
                .isEqualTo("DEUGOV");
        assertThat(code("India's Central Bureau of Investigation has opened a case.", "2019-09-06", "India's Central Bureau of Investigation"))
                .isEqualTo("INDCOP");
        // lower case, an office is no body of state
        assertThat(Coded.article("The company moved its office to Nairobi.", "2019-09-06").mentions()).noneMatch(m -> m.text().contains("office"));
    }

    @Test
    void aNameSetBesideARoleWordBeforeItHoldsThatRole() {
        String text = "Kenya's opposition leader Raila Odinga said the protests would go on. The interior minister, Wafula Wrzeszczyk, defended the police on Monday. "
                + "He accused the opposition of paying gangs.";
        assertThat(code(text, "2023-03-21", "Wafula Wrzeszczyk")).endsWith("GOV");
        // so "he" is the minister who was the last sentence's subject, not the opposition leader before him
        assertThat(code(text, "2023-03-21", "He")).endsWith("GOV");
    }

    @Test
    void aPluralIsNotTheSubjectOfItsOwnClause() {
        // "both sides" are not the United States and the European Union that call on them
        assertThat(Coded.article("The United States and the European Union called on both sides to show restraint.", "2023-03-21").mentions())
                .noneMatch(m -> m.text().equals("both sides") && m.code() != null);
        assertThat(Coded.events("The United States and the European Union called on both sides to show restraint.", "2023-03-21"))
                .noneMatch(e -> e.startsWith("USA 020 IGOEEC"));
    }
    @Test
    void peopleOfNoCountryAreOfThePlaceTheirActTookPlaceIn() {
        String kenya = "Kenyan police said on Monday that the protests against the Kenyan government would go on. ";
        // a town only the gazetteer knows, not the country named in another argument of the act
        assertThat(code(kenya + "In Mombasa, hundreds of local people marched towards the border with Tanzania on Tuesday.", "2023-03-21", "people"))
                .isEqualTo("KENCVL");
        // a role word counted by the word before it ("hundreds of") is the subject all the same
        assertThat(code(kenya + "Thousands of students accused Uganda of sheltering the rebels.", "2023-03-21", "students")).isEqualTo("KENEDU");
        // a place of the same name in another country does not move a British story abroad
        assertThat(code("British police said on Sunday that two men had been held over the attack on a British lawmaker. A third man was arrested in Norfolk on Sunday.", "2023-03-21", "man"))
                .startsWith("GBR");
    }
    @Test
    void aPronounForARoleWordIsOfTheCountryThatRoleWordWasGiven() {
        // "demonstrators" are Peru's by the place they marched in; "them" are the same demonstrators
        String text = "Hundreds of demonstrators marched in Lima on Friday against the Peruvian government. Police used tear gas to disperse them.";
        assertThat(code(text, "2022-10-22", "them")).isEqualTo("PERCVL");
        assertThat(Coded.events(text, "2022-10-22")).anyMatch(e -> e.startsWith("PERCOP 175 PERCVL"));
    }
    @Test
    void thePopeIsTheHolySeeUnlessAnotherChurchsPopeIsNamed() {
        assertThat(code("The Pope met the Iraqi president in Baghdad on Friday.", "2021-03-05", "The Pope")).isEqualTo("VATGOV");
        assertThat(code("Pope Tawadros II met the Egyptian president in Cairo on Friday.", "2021-03-05", "Pope Tawadros II")).isEqualTo("EGYREL");
    }
}
